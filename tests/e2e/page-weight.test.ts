/**
 * Budget: an event page transfers ≤ 100 KB of HTML+CSS+JS before search is opened (fonts and the
 * Pagefind index excluded). "Transfers" = encoded response bodies as Chromium received them from a
 * server that gzips text like any static host; the uncompressed total is printed next to it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSite, type Site } from './support/site.ts';

const BUDGET = 100 * 1024;
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

it.each(['/events/verification.failed/', '/events/'])('%s transfers at most 100 KB of HTML+CSS+JS before search opens', async (urlPath) => {
  const { page } = await site.open();
  const sizes: { url: string; type: string; transferred: number; raw: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (req) => {
    const type = req.resourceType();
    const url = new URL(req.url());
    if (!['document', 'stylesheet', 'script'].includes(type)) return;
    if (url.pathname.includes('/pagefind/') || /\.(woff2?|ttf|otf)$/.test(url.pathname)) return;
    pending.push(
      (async () => {
        const [s, res] = await Promise.all([req.sizes(), req.response()]);
        const raw = res ? (await res.body()).length : 0;
        sizes.push({ url: url.pathname, type, transferred: s.responseBodySize + s.responseHeadersSize, raw });
      })(),
    );
  });
  // networkidle: Starlight also fetches scripts on idle (the search UI); those count too.
  await page.goto(`${site.url}${urlPath}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const transferred = sizes.reduce((n, s) => n + s.transferred, 0);
  const raw = sizes.reduce((n, s) => n + s.raw, 0);
  const html = sizes.find((s) => s.type === 'document');
  console.log(
    `${urlPath}: ${(transferred / 1024).toFixed(1)} KB transferred (gzip), ${(raw / 1024).toFixed(1)} KB uncompressed, ${sizes.length} responses\n` +
      sizes
        .map((s) => `  ${s.type.padEnd(10)} ${(s.transferred / 1024).toFixed(1).padStart(6)} KB (${(s.raw / 1024).toFixed(1)} KB raw)  ${s.url}`)
        .join('\n'),
  );
  expect(html).toBeDefined();
  expect(transferred).toBeLessThanOrEqual(BUDGET);
  // The HTML itself must not grow with the catalog (a sidebar listing every event is O(N²) output).
  expect(html!.raw).toBeLessThanOrEqual(BUDGET);
});
