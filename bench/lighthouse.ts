/**
 * Lighthouse (12.x, pinned) on the built site: performance, accessibility, best practices and SEO of an event
 * page, the catalog and a deprecated event's page, with Debian's Chromium. A measurement for bench/RESULTS.md, not a test: the
 * performance score depends on the machine. Run after `npm run build`: `npm run bench:lighthouse`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DIST, requireDist } from '../tests/e2e/support/site.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';

// NOTE: not the 404 page: Lighthouse refuses to audit a page served with status 404 (axe covers it in tests/e2e).
const PAGES = ['/events/verification.failed/', '/events/', '/events/credits.purchased/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const OUT = path.join(import.meta.dirname, 'lighthouse.json');

requireDist();
const server = await startStaticServer(DIST);
const profile = mkdtempSync(path.join(os.tmpdir(), 'wd-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  userDataDir: profile,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results: Record<string, Record<string, number | string>> = {};
try {
  for (const page of PAGES) {
    const run = await lighthouse(`${server.url}${page}`, { port: chrome.port, onlyCategories: CATEGORIES, logLevel: 'error' });
    if (!run) throw new Error(`lighthouse returned nothing for ${page}`);
    const { categories, audits } = run.lhr;
    const row: Record<string, number | string> = {};
    for (const c of CATEGORIES) row[c] = Math.round((categories[c]?.score ?? 0) * 100);
    for (const a of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
      row[a] = audits[a]?.displayValue ?? '';
    }
    results[page] = row;
    console.log(page, JSON.stringify(row));
  }
} finally {
  await chrome.kill();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
writeFileSync(OUT, `${JSON.stringify({ lighthouse: '12.8.2', results }, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
