import { describe, expect, it } from 'vitest';
import { bareEvent, type WebhookEvent } from '../../../generator/model.ts';
import { eventNamed, extractFixture } from './extract-fixture.ts';

/** A catalog event with the defaults of an undocumented entry, without sites and payload; `over` sets the rest. */
function entry(name: string, group: string, line: number, column: number, over: Partial<WebhookEvent> = {}) {
  return withoutSites(bareEvent(name, group, { inCatalog: true, catalogSource: { file: 'src/events.ts', line, column }, ...over }));
}

const withoutSites = ({ dispatchSites: _s, payloadSchema: _p, ...rest }: WebhookEvent) => rest;

describe('catalog: `as const` array', () => {
  it('reads groups from section comments (not as descriptions), JSDoc, tags and deprecations with replacements', async () => {
    const model = await extractFixture('extract-array-catalog');
    expect(model.groups).toEqual([
      { name: 'General', description: null, source: null },
      { name: 'Message', description: 'Everything about messages.', source: { file: 'src/events.ts', line: 4 } },
      { name: 'Billing', description: null, source: { file: 'src/events.ts', line: 24 } },
      { name: 'Voice', description: null, source: { file: 'src/events.ts', line: 32 } },
      { name: 'Misc', description: null, source: { file: 'src/events.ts', line: 34 } },
      { name: 'Other', description: null, source: null },
    ]);
    const hostile = 'Hostile: {process.exit()} <script>alert(1)</script> `unbalanced * / | end';
    expect(model.events.map(withoutSites)).toEqual([
      entry('ping', 'General', 3, 3, {
        summary: 'Before any header: lands in the General group.',
        description: 'Before any header: lands in the General group.',
      }),
      entry('message.created', 'Message', 7, 3, {
        summary: 'Fired when a message is accepted, e.g. by the API.',
        description: 'Fired when a message is accepted, e.g. by the API. It is queued next.',
      }),
      entry('message.sent', 'Message', 16, 3, {
        summary: 'Handed to the carrier (v1.2 and later).',
        description: 'Handed to the carrier (v1.2 and later). Carriers may batch.\n\nSecond paragraph with `code` and a | pipe.',
        since: '1.4',
        see: ['https://example.com/carriers'],
        tags: [{ name: 'idempotent', text: 'true' }],
      }),
      // `// Sub-note: ...` above it is a plain comment, not its description.
      entry('message.read', 'Message', 18, 3),
      entry('message.hostile', 'Message', 20, 3, { summary: hostile, description: hostile }),
      entry('message.no_end', 'Message', 22, 3, { summary: 'No sentence end here', description: 'No sentence end here' }),
      entry('balance.topped_up', 'Billing', 25, 3),
      entry('balance.low', 'Billing', 26, 3),
      entry('credits.purchased', 'Billing', 28, 3, {
        deprecated: { message: 'Use BALANCE_TOPPED_UP instead.', replacement: 'balance.topped_up' },
      }),
      // `/** Low credits. @deprecated Use {@link balance.low}. */`: the tag on the summary line is a tag.
      entry('credits.low', 'Billing', 30, 3, {
        summary: 'Low credits.',
        description: 'Low credits.',
        deprecated: { message: 'Use {@link balance.low}.', replacement: 'balance.low' },
      }),
      entry('call.started', 'Voice', 33, 3),
      entry('misc.thing', 'Misc', 35, 3),
      // Dispatched but not in the catalog: drift, grouped by name prefix.
      { ...entry('call.early_media', 'Voice', 1, 1), inCatalog: false, catalogSource: null },
      { ...entry('zzz.unknown', 'Other', 1, 1), inCatalog: false, catalogSource: null },
    ]);
    expect(eventNamed(model, 'call.early_media').dispatchSites.map((s) => `${s.file}:${s.line}:${s.column}`)).toEqual(['src/service.ts:12:3']);
    expect(model.retryPolicy).toEqual({ delaysSeconds: [1, 60, 300], maxAttempts: 3, source: { file: 'src/retry.ts', line: 1, column: 14 } });
    expect(model.envelope?.maxPayloadBytes).toBe(262144);
    expect(model.envelope?.pointerFields).toEqual(['id', 'message_id']);
    expect(model.envelope?.schema.description).toBe('The envelope.');
    expect(model.diagnostics).toEqual([]);
  });
});

describe('catalog: object map', () => {
  it('keeps constants, groups, the group note, @since/@see/custom tags and a replacement named by constant', async () => {
    const model = await extractFixture('extract-object-catalog');
    expect(model.groups).toEqual([
      { name: 'Billing', description: 'Money in and out of the account.', source: { file: 'src/events.ts', line: 3 } },
      { name: 'Number', description: null, source: { file: 'src/events.ts', line: 18 } },
    ]);
    expect(model.events.map(withoutSites)).toEqual([
      entry('balance.topped_up', 'Billing', 6, 3, {
        constant: 'BALANCE_TOPPED_UP',
        summary: 'Credit was added to the balance.',
        description: 'Credit was added to the balance. The new balance is in the payload.',
      }),
      entry('balance.low', 'Billing', 13, 3, {
        constant: 'BALANCE_LOW',
        summary: 'The balance fell below the alert threshold.',
        description: 'The balance fell below the alert threshold.',
        since: '2.1',
        see: ['https://example.com/docs/alerts'],
        tags: [{ name: 'idempotent', text: 'Deliveries may repeat; dedupe on `id`.' }],
      }),
      // `// Legacy names ...` is a plain comment: neither a group nor this event's description.
      entry('credits.purchased', 'Billing', 16, 3, {
        constant: 'CREDITS_PURCHASED',
        summary: 'Credit was purchased.',
        description: 'Credit was purchased.',
        deprecated: { message: 'Use BALANCE_TOPPED_UP instead.', replacement: 'balance.topped_up' },
      }),
      entry('number.purchased', 'Number', 19, 3, { constant: 'NUMBER_PURCHASED' }),
    ]);
    expect(eventNamed(model, 'balance.topped_up').dispatchSites.map((s) => `${s.file}:${s.line}`)).toEqual(['src/service.ts:5']);
    expect(model.diagnostics).toEqual([]);
  });
});

describe('catalog: union type alias', () => {
  it('reads members with the JSDoc and section comments written before their `|`', async () => {
    const model = await extractFixture('extract-union-catalog');
    expect(model.groups).toEqual([
      { name: 'Push', description: null, source: { file: 'src/events.ts', line: 3 } },
      { name: 'Email', description: null, source: { file: 'src/events.ts', line: 8 } },
    ]);
    expect(model.events.map(withoutSites)).toEqual([
      entry('push.delivered', 'Push', 5, 5, { summary: 'The device acknowledged the push.', description: 'The device acknowledged the push.' }),
      entry('push.opened', 'Push', 7, 5, { summary: 'The user opened the push.', description: 'The user opened the push.', since: '3.0' }),
      entry('email.bounced', 'Email', 9, 5),
    ]);
    // `send(event: EventName)` dispatches every member of the union from one site.
    expect(model.events.map((e) => e.dispatchSites.map((s) => `${s.file}:${s.line}`))).toEqual([
      ['src/service.ts:5'],
      ['src/service.ts:5'],
      ['src/service.ts:5'],
    ]);
    expect(model.diagnostics).toEqual([]);
  });
});
