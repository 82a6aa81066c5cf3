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

const pages = [
  { name: 'catalog', path: '/events/', ready: '[data-catalog-filter]:not([hidden])' },
  { name: 'event page', path: '/events/verification.failed/', ready: 'button.wd-copy-link' },
  { name: 'deprecated event page', path: '/events/credits.purchased/', ready: '[data-deprecated-notice]' },
  { name: '404 with suggestions', path: '/events/mesage.delivred/', ready: '#wd-suggestions li' },
];

describe.each(['light', 'dark'] as const)('axe (%s theme)', (theme) => {
  it.each(pages)('$name has no serious or critical violations', async ({ path, ready }) => {
    const { page } = await site.open({ theme });
    await page.goto(`${site.url}${path}`);
    await page.locator(ready).first().waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const severe = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(severe).toEqual([]);
  });
});
