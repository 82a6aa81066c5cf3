#!/usr/bin/env node
// Entry point of the `webhook-docs` bin. Start-up is most of a run on a small platform, so it is kept small
// (issue 8: extract within 1.5x of `tsc --noEmit`):
// - Our TypeScript runs bundled by esbuild into node_modules/.cache/webhook-docs/<key>/, not through tsx (its
//   loader thread and a hook round trip per module cost ~0.3 s of CPU per run). <key> hashes the exact source text
//   that went into the bundle, and every run re-hashes the current sources (~5 ms), so an out-of-date bundle never
//   runs: a mismatch rebuilds (~0.1 s). Without esbuild, or where the cache cannot be written, tsx runs the sources
//   (as it always does with WEBHOOK_DOCS_TSX=1, e.g. for stack traces into the .ts files).
// - ts-morph (13 MB of JavaScript with its TypeScript) is loaded with a V8 code cache, see loadTsMorph.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'webhook-docs');
const MANIFEST = path.join(CACHE, 'manifest.json');
// Besides the bundled sources, what decides the bundle: this file (the build options) and what esbuild reads.
const BUILD_INPUTS = ['generator/bin.mjs', 'tsconfig.json', 'package.json'];
// The commands that read the source with ts-morph (see cli.ts).
const TS_MORPH_COMMANDS = ['extract', 'generate', 'check', 'diff'];
// ts-morph's files in the order they require each other, the largest first.
const TS_MORPH_FILES = ['@ts-morph/common/dist/typescript.js', '@ts-morph/common/dist/ts-morph-common.js', 'ts-morph/dist/ts-morph.js'];

const args = process.argv.slice(2);
if (TS_MORPH_COMMANDS.includes(args[0] ?? '')) loadTsMorph();
const cli = usesTsConfigFile(args) || process.env.WEBHOOK_DOCS_TSX ? await viaTsx() : await bundled().catch(viaTsx);
process.exitCode = await cli.main(args);

async function viaTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('./cli.ts');
}

/** A `.ts` config is loaded with `import()` and needs tsx (default name: CONFIG_FILE_NAMES in config.ts). */
function usesTsConfigFile(argv) {
  const i = argv.findIndex((a) => a === '--config' || a.startsWith('--config='));
  const file = i < 0 ? undefined : argv[i].startsWith('--config=') ? argv[i].slice('--config='.length) : argv[i + 1];
  return file === undefined ? existsSync('webhook-docs.config.ts') : !file.endsWith('.json');
}

async function bundled() {
  const entry = path.join(CACHE, freshKey() ?? (await build()), 'cli.js');
  return import(pathToFileURL(entry).href);
}

/** The key of the cached bundle if the sources it was built from are unchanged, else undefined. */
function freshKey() {
  try {
    const { key, inputs } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    return keyOf(new Map(inputs.map((rel) => [rel, read(rel)]))) === key && existsSync(path.join(CACHE, key, 'cli.js')) ? key : undefined;
  } catch {
    return undefined; // no manifest yet, or an input is gone
  }
}

/** Bundles generator/cli.ts (one chunk per lazily imported command), returns the key. */
async function build() {
  const esbuild = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  const tmp = mkdtempSync(path.join(CACHE, 'tmp-'));
  const sources = new Map();
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'generator/cli.ts')],
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    // For the ts-morph module below: ESM output has no `require`.
    banner: { js: "import { createRequire as __wdCreateRequire } from 'node:module'; const require = __wdCreateRequire(import.meta.url);" },
    plugins: [
      {
        // Records the text esbuild compiles, so that the key is of exactly what is in the bundle.
        name: 'hash-sources',
        setup(b) {
          b.onLoad({ filter: /.*/, namespace: 'file' }, (a) => {
            const rel = path.relative(ROOT, a.path).split(path.sep).join('/');
            sources.set(rel, read(rel));
            return { contents: sources.get(rel), loader: /\.[cm]?ts$/.test(rel) ? 'ts' : rel.endsWith('.json') ? 'json' : 'js' };
          });
        },
      },
      {
        // `import { Node } from 'ts-morph'` as `require`: importing CommonJS from ESM makes Node lex ts-morph's
        // 1 MB entry for its export names first (~0.14 s of every run). The names are listed here, as constants,
        // so that each use is a plain binding, not a getter call.
        name: 'ts-morph-as-commonjs',
        setup(b) {
          b.onResolve({ filter: /^ts-morph$/ }, (a) => (a.namespace === 'cjs' ? { path: a.path, external: true } : { path: a.path, namespace: 'cjs' }));
          b.onLoad({ filter: /.*/, namespace: 'cjs' }, (a) => {
            const names = Object.keys(createRequire(import.meta.url)(a.path));
            return { contents: `const m = require(${JSON.stringify(a.path)});\nexport const { ${names.join(', ')} } = m;`, loader: 'js' };
          });
        },
      },
    ],
  });
  for (const rel of BUILD_INPUTS) sources.set(rel, read(rel));
  const key = keyOf(sources);
  const dir = path.join(CACHE, key);
  // Another run may have built the same key meanwhile: keep either, both are complete.
  if (existsSync(dir)) rmSync(tmp, { recursive: true, force: true });
  else renameSync(tmp, dir);
  writeAtomic(MANIFEST, JSON.stringify({ key, inputs: [...sources.keys()].sort() }));
  prune(key);
  return key;
}

/** Removes bundles of older sources; only stale ones (an hour old), since a running process may still import one. */
function prune(keep) {
  for (const name of readdirSync(CACHE)) {
    const p = path.join(CACHE, name);
    try {
      if (name !== keep && !name.startsWith('v8-') && name !== 'manifest.json' && Date.now() - statSync(p).mtimeMs > 3600_000) {
        rmSync(p, { recursive: true, force: true });
      }
    } catch {
      // Removed by a concurrent run.
    }
  }
}

/**
 * Loads ts-morph into require's cache from V8 code caches: compiling its 13 MB costs ~0.2 s of CPU per run
 * otherwise (Node 22 has `module.enableCompileCache()` for this; Node 20 has nothing). A cache is named after the
 * file's path, size, mtime and inode and Node's version; V8 itself rejects one of another V8, flags or source length.
 * The cache is written at exit, so that it also holds the functions compiled while the command ran.
 */
function loadTsMorph() {
  const require = createRequire(import.meta.url);
  const loaded = [];
  try {
    for (const id of TS_MORPH_FILES) {
      const file = require.resolve(id);
      const { size, mtimeMs, ino } = statSync(file);
      const prefix = `v8-${path.basename(file)}-`;
      const cacheFile = path.join(CACHE, prefix + keyOf(new Map([[file, `${size} ${mtimeMs} ${ino} ${process.version} ${process.arch}`]])));
      const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
      const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
        filename: file,
        cachedData,
        importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
      const mod = new Module(file, undefined);
      mod.filename = file;
      mod.paths = Module._nodeModulePaths(path.dirname(file));
      require.cache[file] = mod;
      loaded.push(file);
      script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
      mod.loaded = true;
      if (!cachedData || script.cachedDataRejected) {
        process.once('exit', () => {
          try {
            mkdirSync(CACHE, { recursive: true });
            writeAtomic(cacheFile, script.createCachedData());
            // The caches of other versions of this file (or of another Node) are of no use any more.
            for (const name of readdirSync(CACHE)) if (name.startsWith(prefix) && path.join(CACHE, name) !== cacheFile) rmSync(path.join(CACHE, name), { force: true });
          } catch {
            // A read-only install: every run compiles, as without the cache.
          }
        });
      }
    }
  } catch {
    // Leave ts-morph to Node's own loader.
    for (const file of loaded) delete require.cache[file];
  }
}

function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

function read(rel) {
  return readFileSync(path.join(ROOT, rel), 'utf8');
}

function keyOf(sources) {
  const hash = createHash('sha256');
  for (const rel of [...sources.keys()].sort()) hash.update(`${rel}\0${sources.get(rel)}\0`);
  return hash.digest('hex').slice(0, 20);
}
