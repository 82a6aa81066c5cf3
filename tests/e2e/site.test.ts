/**
 * The built Orbit site in Chromium: catalog filter, event pages, field anchors, copy-link buttons,
 * Pagefind search, the 404 suggestions, deprecated aliases, hostile text. Needs `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventUrl, fieldAnchor } from '../../generator/site-contract.ts';
import { DIST, readEventsIndex, startSite, unexpectedErrors, type Site } from './support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('stable URLs', () => {
  it('gives every event in events.json a page at /events/<name>/ (dots kept) and a schema', () => {
    const events = readEventsIndex();
    expect(events.length).toBeGreaterThan(0);
    const missing = events.filter((e) => !existsSync(path.join(DIST, 'events', e.name, 'index.html'))).map((e) => e.name);
    expect(missing).toEqual([]);
    for (const e of events) {
      expect(e.url).toBe(eventUrl(e.name));
      expect(existsSync(path.join(DIST, e.schemaUrl)), e.schemaUrl).toBe(true);
    }
  });

  it('redirects /events/<name> without the slash to the page', async () => {
    const { page, errors } = await site.open();
    const res = await page.goto(`${site.url}/events/verification.failed`);
    expect(res?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/events/verification.failed/');
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});

describe('catalog', () => {
  it('is complete static HTML without JavaScript, with no dead filter box', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    await page.goto(`${site.url}/events/`);
    const inCatalog = readEventsIndex().filter((e) => e.inCatalog);
    const rows = page.locator('#catalog tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(inCatalog.length);
    for (const e of inCatalog.slice(0, 20)) {
      await expect.poll(() => page.locator(`#catalog a[href="${eventUrl(e.name)}"]`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-catalog-filter]').isVisible()).toBe(false);
  });

  it('filters rows by name, group and description, hides empty groups and counts', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.url}/events/`);
    const input = page.getByRole('searchbox', { name: 'Filter events' });
    await input.waitFor();
    const visibleRows = page.locator('#catalog tbody tr:visible');
    const total = await visibleRows.count();
    await expect.poll(() => page.locator('[data-filter-count]').textContent()).toBe(`${total} events`);

    await input.fill('verification');
    const texts = await visibleRows.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(total);
    expect(texts.some((t) => t.includes('verification.failed'))).toBe(true);
    expect(await page.locator('[data-filter-count]').textContent()).toBe(`${texts.length} of ${total} events match`);
    // Every group heading still shown has at least one visible row (the Verification group matches by its name).
    const shownGroups = await page.locator('#catalog h2:visible').allTextContents();
    expect(shownGroups.length).toBeGreaterThan(0);
    expect(shownGroups.length).toBeLessThan(await page.locator('#catalog h2').count());

    await input.fill('sim_swap');
    const simSwap = await visibleRows.allTextContents();
    expect(simSwap.some((t) => t.includes('verification.failed'))).toBe(true);
    for (const t of simSwap) expect(t.toLowerCase().replace(/[._-]/g, ' ')).toMatch(/sim/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('sim_swap');

    await input.fill('no-such-event-zzz');
    expect(await visibleRows.count()).toBe(0);
    expect(await page.locator('#catalog h2:visible').count()).toBe(0);

    await input.fill('');
    expect(await visibleRows.count()).toBe(total);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('keeps a filter from the ?q= link and navigates to an event', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.url}/events/?q=verification.failed`);
    const link = page.locator('#catalog tbody tr:visible a[href="/events/verification.failed/"]').first();
    await link.click();
    await page.waitForURL('**/events/verification.failed/');
    expect(await page.locator('h1').textContent()).toContain('verification.failed');
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('marks deprecated events in the list', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    await page.goto(`${site.url}/events/`);
    const row = page.locator('#catalog tbody tr', { has: page.locator('a[href="/events/credits.purchased/"]') });
    expect((await row.first().textContent())?.toLowerCase()).toContain('deprecated');
  });
});

describe('event page', () => {
  it('targets a field anchor and offers a copy-link button', async () => {
    const { page, errors } = await site.open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const id = fieldAnchor('last_swap_date');
    await page.goto(`${site.url}/events/verification.failed/#${id}`);
    const anchor = page.locator(`[id="${id}"]`);
    await expect.poll(() => anchor.isVisible()).toBe(true);
    expect(await anchor.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await anchor.getAttribute('href')).toBe(`#${id}`);
    await expect.poll(() => anchor.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    })).toBe(true);

    const button = page.getByRole('button', { name: 'Copy link to field last_swap_date' });
    expect(await button.count()).toBe(1);
    expect(await page.locator('a.field-anchor').count()).toBe(await page.locator('button.wd-copy-link').count());
    await page.evaluate(() => window.scrollTo(0, 0));
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/events/verification.failed/#${id}`);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('is readable without JavaScript: fields, anchors and the sample are static HTML', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    await page.goto(`${site.url}/events/verification.failed/#${fieldAnchor('last_swap_date')}`);
    expect(await page.locator('h1').textContent()).toContain('verification.failed');
    expect(await page.locator(`a.field-anchor[id="${fieldAnchor('last_swap_date')}"]`).isVisible()).toBe(true);
    expect(await page.locator('.expressive-code pre').first().innerText()).toContain('"type"');
    // Copy buttons are an enhancement: without JS there is no dead button.
    expect(await page.locator('button.wd-copy-link').count()).toBe(0);
  });

  it('shows the payload table, a highlighted sample with a copy button, and heading anchors', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.url}/events/verification.failed/`);
    expect(await page.locator('table a.field-anchor').count()).toBeGreaterThan(0);
    expect(await page.locator('.expressive-code pre[data-language="json"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.expressive-code .copy button').count()).toBeGreaterThan(0);
    expect(await page.locator('.sl-markdown-content h2[id]').count()).toBeGreaterThan(0);
    expect(await page.locator('.sl-markdown-content a.sl-anchor-link[href^="#"]').count()).toBeGreaterThan(0);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('marks a deprecated alias and links its replacement, which is the canonical page', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.url}/events/credits.purchased/`);
    const notice = page.locator('[data-deprecated-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/deprecated/i);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    if (canonical) expect(canonical).toMatch(/\/events\/balance\.topped_up\/$/);
    await notice.locator('a[data-replacement-link]').click();
    await page.waitForURL('**/events/balance.topped_up/');
    expect(await page.locator('h1').textContent()).toContain('balance.topped_up');
    expect(await page.locator('[data-deprecated-notice]').count()).toBe(0);
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});

describe('search', () => {
  it('finds verification.failed for "sim swap" with Pagefind and reaches it', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.url}/events/`);
    await page.locator('button[data-open-modal]').click();
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    await input.fill('sim swap');
    const hit = page.locator('.pagefind-ui__result a[href*="/events/verification.failed/"]').first();
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    await page.waitForURL('**/events/verification.failed/**');
    expect(await page.locator('h1').textContent()).toContain('verification.failed');
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});

describe('404 suggestions', () => {
  it('answers a mistyped event URL with status 404 and suggests the right name', async () => {
    const { page, errors } = await site.open();
    const res = await page.goto(`${site.url}/events/mesage.delivred/`);
    expect(res?.status()).toBe(404);
    const first = page.locator('#wd-suggestions li a[data-suggestion]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-suggestion')).toBe('message.delivered');
    const count = await page.locator('#wd-suggestions li').count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);
    await first.click();
    await page.waitForURL('**/events/message.delivered/');
    expect(unexpectedErrors(errors, true)).toEqual([]);
  });

  it('suggests a deprecated name together with its replacement', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.url}/events/credits.purchase/`);
    const item = page.locator('#wd-suggestions li', { has: page.locator('[data-suggestion="credits.purchased"]') });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/deprecated/);
    await item.locator('[data-replacement="balance.topped_up"]').click();
    await page.waitForURL('**/events/balance.topped_up/');
    expect(unexpectedErrors(errors, true)).toEqual([]);
  });

  it('shows the name from the URL as text, never as markup', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.url}/events/${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}/`);
    await page.locator('#wd-suggestions li').first().waitFor();
    expect(await page.locator('#wd-suggestions img').count()).toBe(0);
    expect(await page.locator('#wd-suggestions [data-asked] code').textContent()).toBe('<img src=x onerror=window.__pwned=1>');
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(unexpectedErrors(errors, true)).toEqual([]);
  });

  it('keeps the plain 404 for other paths', async () => {
    const { page } = await site.open();
    const res = await page.goto(`${site.url}/no/such/page/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('Page not found');
    expect(await page.locator('#wd-suggestions').isVisible()).toBe(false);
  });
});

describe('hostile text in descriptions', () => {
  // Real Orbit JSDoc that a naive MDX emitter turns into an element, an expression or a table split.
  const probes = [
    { event: 'call.hit_voicemail', text: 'machine|fax' },
    { event: 'recording.started', text: '{id}' },
    { event: 'call.early_media', text: '<audio>' },
  ];

  it('renders markup-like JSDoc as text and runs no script from content', async () => {
    const known = new Set(readEventsIndex().map((e) => e.name));
    const present = probes.filter((p) => known.has(p.event));
    expect(present.length).toBeGreaterThan(0);
    const { page, errors } = await site.open();
    for (const probe of present) {
      await page.goto(`${site.url}${eventUrl(probe.event)}`);
      expect(await page.locator('main').innerText(), probe.event).toContain(probe.text);
      expect(await page.locator('main audio, main img[onerror], main iframe').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    }
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('has no inline event handlers, javascript: links or content-made elements in any built event page', () => {
    const dir = path.join(DIST, 'events');
    const offenders: string[] = [];
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name, 'index.html');
      if (!existsSync(file)) continue;
      // Attribute values (meta descriptions, titles) may hold `<audio>` as escaped-enough text; look at markup only.
      const html = readFileSync(file, 'utf8').replace(/="[^"]*"/g, '=""');
      if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) offenders.push(`${name}: inline event handler`);
      if (/\s(href|src)\s*=\s*["']?\s*javascript:/i.test(html)) offenders.push(`${name}: javascript: URL`);
      if (/<(audio|video|iframe|object|embed)[\s>]/i.test(html)) offenders.push(`${name}: embedded element`);
    }
    expect(offenders).toEqual([]);
  });
});
