/**
 * Screenshots (1280×800) of the catalog and of verification.failed in light and dark themes, written to
 * docs/screenshots/ for the README and for a human to look at. Asserts that the theme really applied to the
 * page and to Expressive Code's blocks (a dark code block on a light page is the classic theme bug).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
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
  { name: 'catalog', path: '/events/', hasCode: false },
  { name: 'verification-failed', path: '/events/verification.failed/', hasCode: true },
];

/** Relative luminance (0 black … 1 white) of a computed `rgb(...)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => Number(c) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

it.each(shots)('screenshots $name in both themes, code blocks following the theme', async ({ name, path: urlPath, hasCode }) => {
  for (const theme of ['light', 'dark'] as const) {
    const { page, errors } = await site.open({ theme });
    await page.goto(`${site.url}${urlPath}`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const colors = await page.evaluate(() => {
      const bg = (el: Element | null) => (el ? getComputedStyle(el).backgroundColor : null);
      return { body: bg(document.body), code: bg(document.querySelector('.expressive-code pre')) };
    });
    const dark = theme === 'dark';
    expect(luminance(colors.body!) < 0.2, `body ${colors.body}`).toBe(dark);
    expect(colors.code !== null).toBe(hasCode);
    if (colors.code) expect(luminance(colors.code) < 0.2, `code block ${colors.code}`).toBe(dark);
    await page.screenshot({ path: path.join(OUT, `${name}-${theme}.png`) });
    expect(unexpectedErrors(errors)).toEqual([]);
  }
});
