/**
 * Screenshots (1280×800) of the catalog and of verification.failed in light and dark themes, written to
 * docs/screenshots/ for the README and for a human to look at. Asserts the theme really applied.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, unexpectedErrors, type Site } from './support/site.ts';

const OUT = path.resolve(import.meta.dirname, '../../docs/screenshots');
let site: Site;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const shots = [
  { name: 'catalog', path: '/events/' },
  { name: 'verification-failed', path: '/events/verification.failed/' },
];

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  it.each(shots)('screenshots $name', async ({ name, path: urlPath }) => {
    const { page, errors } = await site.open({ theme });
    await page.goto(`${site.url}${urlPath}`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await page.screenshot({ path: path.join(OUT, `${name}-${theme}.png`) });
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});
