/** axe-core on the catalog, an event page and the 404, in both themes: no serious or critical violations. */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const desktop = { width: 1280, height: 800 };
const pages = [
  { name: 'catalog', path: '/events/', ready: '[data-catalog-filter]:not([hidden])', viewport: desktop },
  { name: 'event page', path: '/events/verification.failed/', ready: 'button.wd-copy-link', viewport: desktop },
  // The field list layout and the wrapped title are phone-specific paths through the CSS.
  { name: 'event page on a phone', path: '/events/whatsapp.account.update/', ready: 'button.wd-copy-link', viewport: { width: 390, height: 800 } },
  { name: 'deprecated event page', path: '/events/credits.purchased/', ready: '[data-deprecated-notice]', viewport: desktop },
  { name: '404 with suggestions', path: '/events/mesage.delivred/', ready: '#wd-suggestions li', viewport: desktop },
];

describe.each(['light', 'dark'] as const)('axe (%s theme)', (theme) => {
  it.each(pages)('$name has no serious or critical violations', async ({ path, ready, viewport }) => {
    const { page } = await site.open({ theme, viewport });
    await page.goto(`${site.url}${path}`);
    await page.locator(ready).first().waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const severe = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(severe).toEqual([]);
  });
});
