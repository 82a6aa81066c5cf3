import { describe, expect, it } from 'vitest';
import { UNRESOLVED_EVENT_HINT } from '../../../generator/extract/extract-codes.ts';
import { eventNamed, extractFixture, siteTable } from './extract-fixture.ts';

describe('event resolution at a dispatch site', () => {
  it('resolves literals, consts, `as const` members, enum members, object-map properties and local consts', async () => {
    const model = await extractFixture('extract-event-literals');
    expect(siteTable(model)).toEqual({
      // 'literal', a module const, and a property of an object map without `as const`
      'message.created': ['src/service.ts:7:3', 'src/service.ts:8:3', 'src/service.ts:15:3'],
      'message.sent': ['src/service.ts:9:3'], // EVENTS.MESSAGE_SENT
      'message.read': ['src/service.ts:10:3'], // EVENTS['MESSAGE_READ']
      'message.failed': ['src/service.ts:11:3'], // exported `'...' as const`
      'order.paid': ['src/service.ts:12:3'], // WebhookEvent.OrderPaid (string enum)
      'order.shipped': ['src/service.ts:14:3'], // a local const holding an enum member
    });
    expect(model.diagnostics).toEqual([]);
  });

  it('resolves template literals of constants and expands a union-typed part into several events', async () => {
    const model = await extractFixture('extract-event-templates');
    expect(siteTable(model)).toEqual({
      'message.sent': ['src/service.ts:8:3'],
      'message.delivered': ['src/service.ts:12:3'],
      'message.failed': ['src/service.ts:12:3'],
      'call.started': ['src/service.ts:16:3'],
    });
    // The one `${outcome}` site carries the literal the payload is typed with at that call.
    expect(eventNamed(model, 'message.failed').payloadSchema).toEqual({
      type: 'object',
      properties: { id: { type: 'string' }, outcome: { type: 'string', enum: ['delivered', 'failed'] } },
      required: ['id', 'outcome'],
      additionalProperties: false,
    });
    expect(model.diagnostics).toEqual([]);
  });

  it('turns a ternary and a union-typed variable into one site per event', async () => {
    const model = await extractFixture('extract-event-unions');
    expect(siteTable(model)).toEqual({
      'contact.opted_in': ['src/service.ts:4:3'],
      'contact.opted_out': ['src/service.ts:4:3'],
      'number.purchased': ['src/service.ts:9:3'],
      'number.released': ['src/service.ts:9:3'],
    });
    expect(model.diagnostics).toEqual([]);
  });

  it('follows thin wrappers (positional or destructured parameters) to their call sites, transitively, typing a forwarded payload at the outermost call', async () => {
    const model = await extractFixture('extract-event-wrappers');
    expect(siteTable(model)).toEqual({
      'order.paid': [
        'src/destructured.ts:11:3 via notifyObject@src/destructured.ts:20',
        'src/notify.ts:5:3 via notifyOrder@src/orders.ts:4 via notify@src/notify.ts:10',
      ],
      'order.refunded': ['src/destructured.ts:11:3 via notifyObject@src/destructured.ts:20', 'src/notify.ts:5:3 via notify@src/orders.ts:8'],
      'order.deep': [],
      'order.cancelled': [
        'src/destructured.ts:11:3 via notifyObject@src/destructured.ts:15',
        'src/destructured.ts:25:3 via forward@src/destructured.ts:29',
      ],
    });
    // `forward({ event, data })`: the destructured payload is typed at the caller too; the two sites merge.
    const cancelled = eventNamed(model, 'order.cancelled');
    expect(cancelled.dispatchSites.map((s) => s.payloadType)).toEqual(['{ order_id: string; }', '{ order_id: string; again: true; }']);
    expect(cancelled.payloadSchema).toEqual({
      type: 'object',
      properties: { order_id: { type: 'string' }, again: { type: 'boolean' } },
      required: ['order_id'],
      additionalProperties: false,
    });
    const paid = eventNamed(model, 'order.paid').dispatchSites.filter((s) => s.file === 'src/notify.ts');
    expect(paid).toEqual([
      {
        file: 'src/notify.ts',
        line: 5,
        column: 3,
        function: 'dispatch',
        via: [
          { file: 'src/orders.ts', line: 4, column: 3, function: 'notifyOrder' },
          { file: 'src/notify.ts', line: 10, column: 3, function: 'notify' },
        ],
        payloadType: '{ order_id: string; amount: number; }',
        payloadSchema: {
          type: 'object',
          properties: { order_id: { type: 'string' }, amount: { type: 'number' } },
          required: ['order_id', 'amount'],
          additionalProperties: false,
        },
      },
    ]);
    const refunded = eventNamed(model, 'order.refunded').dispatchSites.filter((s) => s.file === 'src/notify.ts');
    expect(refunded.map((s) => [s.via, s.payloadSchema])).toEqual([
      [
        [{ file: 'src/orders.ts', line: 8, column: 3, function: 'notify' }],
        {
          type: 'object',
          properties: { order_id: { type: 'string' }, reason: { type: 'string', const: 'customer' } },
          required: ['order_id', 'reason'],
          additionalProperties: false,
        },
      ],
    ]);
  });

  it('stops at the wrapper depth bound with a located diagnostic instead of guessing', async () => {
    const model = await extractFixture('extract-event-wrappers');
    expect(eventNamed(model, 'order.deep').dispatchSites).toEqual([]);
    expect(model.diagnostics).toEqual([
      {
        code: 'WD112',
        severity: 'error',
        message: 'Cannot resolve the event name passed to dispatch: it is forwarded through more than 4 wrapper functions.',
        // The outermost call the bound kept us from following.
        location: { file: 'src/deep.ts', line: 11, column: 3 },
        snippet: "w5('order.deep')",
        hint: UNRESOLVED_EVENT_HINT,
      },
    ]);
  });

  it('resolves elements of array literals iterated by for…of and forEach', async () => {
    const model = await extractFixture('extract-event-loops');
    expect(siteTable(model)).toEqual({
      'list.created': ['src/service.ts:6:5'],
      'list.updated': ['src/service.ts:6:5'],
      'segment.created': ['src/service.ts:12:27'],
      'segment.updated': ['src/service.ts:12:27'],
      'flow.started': ['src/service.ts:16:32'],
      'flow.finished': ['src/service.ts:16:32'],
    });
    expect(model.diagnostics).toEqual([]);
  });

  it('reports a value known only at run time with file:line, the expression and a hint, and keeps going', async () => {
    const model = await extractFixture('extract-event-unresolved');
    expect(siteTable(model)).toEqual({ 'job.finished': ['src/service.ts:10:3'] });
    expect(model.diagnostics).toEqual([
      {
        code: 'WD101',
        severity: 'error',
        message:
          'Cannot resolve the event name passed to dispatch: its type is `string`, not a string literal or a union of string literals.',
        location: { file: 'src/service.ts', line: 6, column: 12 },
        snippet: 'row.event_type',
        hint: UNRESOLVED_EVENT_HINT,
      },
    ]);
  });
});
