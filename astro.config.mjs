// @ts-check
/**
 * The Astro + Starlight site that renders the generated `content/` (see generator/site-contract.ts).
 * Title and sidebar come from content/sidebar.json, written by `webhook-docs generate`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { rehypeFieldPathBreaks } from './src/lib/rehype-field-path-breaks.ts';
import { rehypeFieldTableLabels } from './src/lib/rehype-field-table-labels.ts';
import { serverChunksWithoutHashes } from './src/lib/server-chunks-without-hashes.ts';

// NOTE: the config key is ignored; only the environment variable turns telemetry off.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const sidebarFile = fileURLToPath(new URL('./content/sidebar.json', import.meta.url));
if (!existsSync(sidebarFile)) {
  throw new Error(
    'content/sidebar.json is missing: run `webhook-docs generate` (or `npm run build`, which runs it) before `astro build`.',
  );
}
/** @type {{ title?: unknown, sidebar?: unknown }} */
const generated = JSON.parse(readFileSync(sidebarFile, 'utf8'));
if (!Array.isArray(generated.sidebar)) {
  throw new Error('content/sidebar.json has no "sidebar" array: re-run `webhook-docs generate`.');
}
const title = typeof generated.title === 'string' && generated.title ? generated.title : 'Webhook reference';

/** The deployed URL (canonical links) from the generator's JSON config, when there is one. */
function siteUrl() {
  if (process.env.WEBHOOK_DOCS_SITE_URL) return process.env.WEBHOOK_DOCS_SITE_URL;
  const configFile = fileURLToPath(new URL('./webhook-docs.config.json', import.meta.url));
  if (!existsSync(configFile)) return undefined;
  try {
    const url = JSON.parse(readFileSync(configFile, 'utf8'))?.site?.url;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined; // the generator reports a broken config; the site just goes without canonical links
  }
}

export default defineConfig({
  site: siteUrl(),
  output: 'static',
  // `/events/<name>/` everywhere: event names keep their dots, so a trailing slash tells pages from files.
  trailingSlash: 'ignore',
  // Field tables: long paths wrap after a `.` instead of widening the table; each cell knows its column's name
  // (data-label) for the list layout in src/styles/webhook.css.
  // NOTE: smartypants would turn JSDoc's straight quotes into curly ones, and copied values would no longer match the payload.
  markdown: { smartypants: false, rehypePlugins: [rehypeFieldPathBreaks, rehypeFieldTableLabels] },
  vite: { plugins: [serverChunksWithoutHashes()] },
  integrations: [
    starlight({
      title,
      favicon: '/favicon.svg',
      sidebar: /** @type {any} */ (generated.sidebar),
      pagefind: true,
      // Our own 404 suggests the nearest event names (src/pages/404.astro).
      disable404Route: true,
      // Wrapped lines (indent kept): a sample payload reads on a phone without sideways scrolling, and a
      // non-scrolling block needs no keyboard focus stop (axe: scrollable-region-focusable).
      expressiveCode: { themes: ['starlight-dark', 'starlight-light'], defaultProps: { wrap: true } },
      customCss: ['./src/styles/webhook.css'],
      // Starlight's Markdown pipeline (heading anchor links, asides) only covers src/content/docs by default.
      markdown: { processedDirs: ['./content/'] },
      routeMiddleware: './src/route-middleware.ts',
      components: {
        PageTitle: './src/components/PageTitle.astro',
      },
    }),
    // NOTE: must come after starlight(); `optimize` is what Starlight itself would use.
    mdx({ optimize: true }),
  ],
});
