/** A tiny static file server for dist/ on 127.0.0.1 (random port), shaped like a production static host. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index fragments are opaque binary chunks.
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

/** A running server; `url` has no trailing slash. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root`: `/x/` → `x/index.html`, `/x` (a directory) → 301 `/x/`, unknown paths → `404.html` with status 404. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const send = (status: number, file: string) => {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      let body = readFileSync(file);
      const headers: Record<string, string | number> = { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding' };
      // Like any production static host: text is sent gzip-compressed when the browser accepts it.
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => {
      const page = path.join(root, '404.html');
      if (existsSync(page)) send(404, page);
      else res.writeHead(404).end('not found');
    };
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return notFound();
    }
    const file = path.join(root, pathname);
    // path.join normalises `..`; anything that lands outside root is simply not found.
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    if (pathname.endsWith('/')) {
      const index = path.join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    if (!existsSync(file)) return notFound();
    if (statSync(file).isDirectory()) {
      if (!existsSync(path.join(file, 'index.html'))) return notFound();
      res.writeHead(301, { location: `${req.url?.split('?')[0]}/` }).end();
      return;
    }
    send(200, file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
