import { describe, expect, it } from 'vitest';
import { main } from '../../../generator/cli.ts';
import { modelSchema } from '../../../generator/model.ts';
import { eventNamed, extractFixture, siteTable } from './extract-fixture.ts';

describe('finding dispatcher calls', () => {
  it('finds calls through re-exports, aliased and namespace imports and methods, and skips a same-named function of another module', async () => {
    const model = await extractFixture('extract-dispatcher-modules');
    expect(siteTable(model)).toEqual({
      'a.direct': ['src/service.ts:9:3'], // sendWebhook: `export { dispatch as sendWebhook }`
      'a.reexported': ['src/service.ts:8:3'], // dispatch via webhooks/index.ts
      'a.aliased': ['src/service.ts:7:3'], // `import { dispatch as emit }`
      'a.namespaced': ['src/service.ts:10:3'], // wh.dispatch(...)
      'a.method': ['src/service.ts:11:3'], // webhooks.dispatch(...) on a class instance
      'a.other_module': [], // analytics(...) is src/dispatch.ts's `dispatch`, not the configured module's
    });
    // The method forwarding to the function inside the dispatcher module is plumbing, not a site.
    expect(model.diagnostics).toEqual([]);
  });
});

describe('a second platform onboarded by config alone (enum catalog, object-argument dispatcher)', () => {
  it('reads the enum catalog and resolves `triggerWebhook({ trigger, payload })` calls', async () => {
    const model = await extractFixture('extract-enum-platform');
    expect(model.groups).toEqual([
      { name: 'Invoices', description: null, source: { file: 'src/catalog.ts', line: 3 } },
      { name: 'Shipping', description: null, source: { file: 'src/catalog.ts', line: 8 } },
    ]);
    expect(model.events.map((e) => [e.name, e.constant, e.group, e.summary])).toEqual([
      ['invoice.issued', 'InvoiceIssued', 'Invoices', 'An invoice was issued to the customer.'],
      ['invoice.paid', 'InvoicePaid', 'Invoices', 'The invoice was paid in full.'],
      ['shipment.created', 'ShipmentCreated', 'Shipping', null],
      ['shipment.sent', 'ShipmentSent', 'Shipping', null],
    ]);
    expect(eventNamed(model, 'shipment.created').deprecated).toEqual({
      message: 'Use {@link AcmeEvent.ShipmentSent}.',
      replacement: 'shipment.sent',
    });
    expect(siteTable(model)).toEqual({
      'invoice.issued': ['src/invoices.ts:13:9'],
      'invoice.paid': ['src/invoices.ts:18:9'],
      'shipment.created': ['src/shipping.ts:5:10'],
      'shipment.sent': ['src/shipping.ts:5:10'],
    });
    expect(eventNamed(model, 'invoice.issued')).toEqual({
      name: 'invoice.issued',
      group: 'Invoices',
      constant: 'InvoiceIssued',
      summary: 'An invoice was issued to the customer.',
      description: 'An invoice was issued to the customer.',
      deprecated: null,
      since: null,
      see: [],
      tags: [],
      inCatalog: true,
      catalogSource: { file: 'src/catalog.ts', line: 5, column: 3 },
      dispatchSites: [
        {
          file: 'src/invoices.ts',
          line: 13,
          column: 9,
          function: 'triggerWebhook',
          via: [],
          payloadType: 'InvoicePayload',
          payloadSchema: INVOICE_SCHEMA,
        },
      ],
      payloadSchema: INVOICE_SCHEMA,
    });
    // `payload` written as a shorthand property: typed from the variable.
    expect(eventNamed(model, 'invoice.paid').payloadSchema).toEqual({
      type: 'object',
      properties: { id: { type: 'string' }, paid_at: { type: 'string', format: 'date-time' } },
      required: ['id', 'paid_at'],
      additionalProperties: false,
    });
    expect(model.retryPolicy).toBeNull();
    expect(model.envelope).toBeNull();
    expect(model.diagnostics).toEqual([]);
  });
});

const INVOICE_SCHEMA = {
  type: 'object',
  title: 'InvoicePayload',
  properties: {
    id: { type: 'string', description: 'Invoice id.', examples: ['inv_1'] },
    amount_cents: { type: 'number' },
    issued_at: { type: 'string', format: 'date-time' },
  },
  required: ['id', 'amount_cents', 'issued_at'],
  additionalProperties: false,
  description: 'An invoice as sent in webhooks.',
};

describe('onboarding by config alone', () => {
  it('`webhook-docs extract --config <fixture config>` prints the same valid model, exit 0', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['extract', '--config', 'tests/fixtures/extract-enum-platform/webhook-docs.config.json'], {
      out: (s) => void out.push(s),
      err: (s) => void err.push(s),
    });
    expect([code, err]).toEqual([0, []]);
    const printed = modelSchema.parse(JSON.parse(out.join('\n')));
    expect(printed).toEqual(await extractFixture('extract-enum-platform'));
  });
});

describe('object-argument dispatcher with nested property paths', () => {
  it('reads `body.event` / `body.data` from an inline object, and from the declared type of a non-inline argument', async () => {
    const model = await extractFixture('extract-object-argument');
    const closed = {
      type: 'object',
      properties: { room_id: { type: 'string' }, closed_at: { type: 'string', format: 'date-time' } },
      required: ['room_id', 'closed_at'],
      additionalProperties: false,
    };
    const site = (line: number, payloadType: string, payloadSchema: object) => ({ file: 'src/rooms.ts', line, column: 3, function: 'send', via: [], payloadType, payloadSchema });
    expect(model.events.map((e) => [e.name, e.dispatchSites])).toEqual([
      [
        'room.opened',
        [site(4, '{ room_id: string; }', { type: 'object', properties: { room_id: { type: 'string' } }, required: ['room_id'], additionalProperties: false })],
      ],
      ['room.closed', [site(9, '{ room_id: string; closed_at: Date; }', closed)]],
      ['room.archived', [site(9, '{ room_id: string; closed_at: Date; }', closed)]],
    ]);
    expect(model.diagnostics).toEqual([]);
  });
});
