/**
 * Budget: an event page transfers ≤ 100 KB of HTML+CSS+JS before search is opened (fonts and the
 * Pagefind index excluded). "Transfers" = encoded response bodies as Chromium received them from a
 * server that gzips text like any static host; the uncompressed total is printed next to it.
 * "Before search is opened" includes the search UI that Starlight loads on idle (ui-core), so the test
 * waits for it rather than stopping at whatever happened to load first.
 */
import type { Request } from 'playwright-core';
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

interface Measured {
  url: string;
  type: string;
  transferred: number;
  raw: number;
}

it.each([
  { urlPath: '/events/verification.failed/', kind: 'event' },
  { urlPath: '/events/credits.purchased/', kind: 'event' },
  { urlPath: '/events/', kind: 'catalog' },
])('$urlPath transfers at most 100 KB of HTML+CSS+JS before search opens', async ({ urlPath, kind }) => {
  const { page } = await site.open();
  const finished: Request[] = [];
  const onFinished = (req: Request) => {
    const type = req.resourceType();
    const url = new URL(req.url());
    if (!['document', 'stylesheet', 'script'].includes(type)) return;
    if (url.pathname.includes('/pagefind/') || /\.(woff2?|ttf|otf)$/.test(url.pathname)) return;
    finished.push(req);
  };
  page.on('requestfinished', onFinished);
  await page.goto(`${site.url}${urlPath}`, { waitUntil: 'networkidle' });
  // Starlight imports the Pagefind UI on idle and renders its input into #starlight__search: wait for it, so the
  // lazily loaded JS is always counted.
  await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', onFinished);
  // Read sizes while the page is open (reading them after close is an unhandled rejection).
  const sizes: Measured[] = await Promise.all(
    finished.map(async (req) => {
      const [s, res] = await Promise.all([req.sizes(), req.response()]);
      const raw = res ? (await res.body()).length : 0;
      return { url: new URL(req.url()).pathname, type: req.resourceType(), transferred: s.responseBodySize + s.responseHeadersSize, raw };
    }),
  );
  const transferred = sizes.reduce((n, s) => n + s.transferred, 0);
  const raw = sizes.reduce((n, s) => n + s.raw, 0);
  console.log(
    `${urlPath}: ${(transferred / 1024).toFixed(1)} KB transferred (gzip), ${(raw / 1024).toFixed(1)} KB uncompressed, ${sizes.length} responses\n` +
      sizes
        .map((s) => `  ${s.type.padEnd(10)} ${(s.transferred / 1024).toFixed(1).padStart(6)} KB (${(s.raw / 1024).toFixed(1)} KB raw)  ${s.url}`)
        .join('\n'),
  );
  const html = sizes.find((s) => s.type === 'document');
  expect(html).toBeDefined();
  // The search UI's script was really counted (it is the largest single script).
  expect(sizes.some((s) => s.type === 'script' && /ui-core|pagefind-ui|default-ui/i.test(s.url))).toBe(true);
  expect(transferred).toBeLessThanOrEqual(BUDGET);
  // Uncompressed too, an event page stays in budget (site.test.ts checks the sidebar links no single event). The
  // catalog lists each event once by design (O(N)), so it only has the transfer budget.
  if (kind === 'event') expect(html!.raw).toBeLessThanOrEqual(BUDGET);
});
