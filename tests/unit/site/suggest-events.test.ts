import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, eventNameFromPath, suggestEvents, type SuggestableEvent } from '../../../src/lib/suggest-events.ts';

const ev = (name: string, extra: Partial<SuggestableEvent> = {}): SuggestableEvent => ({
  name,
  url: `/events/${name}/`,
  deprecated: false,
  replacement: null,
  inCatalog: true,
  ...extra,
});
const events = [
  ev('message.delivered'),
  ev('message.failed'),
  ev('message.sent'),
  ev('verification.failed'),
  ev('verification.approved'),
  ev('balance.topped_up'),
  ev('credits.purchased', { deprecated: true, replacement: 'balance.topped_up' }),
  ev('call.early_media', { inCatalog: false }),
  ev('contact.created'),
];

describe('damerauLevenshtein', () => {
  it('counts inserts, deletes, substitutions and adjacent swaps as one edit each', () => {
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('abc', 'abc')).toBe(0);
    expect(damerauLevenshtein('abc', 'acb')).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('mesage.delivred', 'message.delivered')).toBe(2);
  });
  it('is symmetric', () => {
    expect(damerauLevenshtein('credits.purchase', 'credits.purchased')).toBe(damerauLevenshtein('credits.purchased', 'credits.purchase'));
  });
});

describe('eventNameFromPath', () => {
  it('reads the name from /events/<name>/ with dots and escapes', () => {
    expect(eventNameFromPath('/events/mesage.delivred/')).toBe('mesage.delivred');
    expect(eventNameFromPath('/events/mesage.delivred')).toBe('mesage.delivred');
    expect(eventNameFromPath('/events/a%20b/')).toBe('a b');
    expect(eventNameFromPath('/docs/events/x/', '/docs/')).toBe('x');
  });
  it('ignores other paths and malformed escapes', () => {
    expect(eventNameFromPath('/groups/message/')).toBeNull();
    expect(eventNameFromPath('/events/')).toBeNull();
    expect(eventNameFromPath('/events/a/b/')).toBeNull();
    expect(eventNameFromPath('/events/%E0%A4%A/')).toBeNull();
  });
});

describe('suggestEvents', () => {
  it('puts the nearest name first for a typo', () => {
    const s = suggestEvents('mesage.delivred', events);
    expect(s[0]?.name).toBe('message.delivered');
    expect(s.length).toBeGreaterThanOrEqual(3);
    expect(s.length).toBeLessThanOrEqual(5);
  });
  it('resolves the replacement of a deprecated name', () => {
    const s = suggestEvents('credits.purchase', events);
    expect(s[0]).toMatchObject({ name: 'credits.purchased', deprecated: true, replacement: { name: 'balance.topped_up', url: '/events/balance.topped_up/' } });
  });
  it('matches a prefix and shared segments', () => {
    expect(suggestEvents('verification', events).slice(0, 2).map((s) => s.name).sort()).toEqual(['verification.approved', 'verification.failed']);
    expect(suggestEvents('early_media', events)[0]?.name).toBe('call.early_media');
  });
  it('is case-insensitive and deterministic on ties', () => {
    expect(suggestEvents('MESSAGE.SENT', events)[0]?.name).toBe('message.sent');
    expect(suggestEvents('zzz', events).map((s) => s.name)).toEqual(suggestEvents('zzz', [...events].reverse()).map((s) => s.name));
  });
  it('returns nothing without events and at most max', () => {
    expect(suggestEvents('x', [])).toEqual([]);
    expect(suggestEvents('message', events, 2).length).toBeLessThanOrEqual(2);
  });
});
