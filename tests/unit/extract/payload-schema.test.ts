import { describe, expect, it } from 'vitest';
import { eventNamed, extractFixture } from './extract-fixture.ts';

const str = { type: 'string' };
const num = { type: 'number' };
const dateTime = { type: 'string', format: 'date-time' };

describe('payload types → JSON Schema with JSON.stringify semantics', () => {
  it('Date → date-time string; optional and `| undefined` not required; null kept; undefined-only dropped', async () => {
    const model = await extractFixture('extract-payload-json');
    expect(eventNamed(model, 'json.semantics').payloadSchema).toEqual({
      type: 'object',
      title: 'Semantics',
      properties: {
        at: dateTime,
        optional: str,
        maybe: str,
        nullable: { type: ['string', 'null'] },
        count: num,
        flag: { type: 'boolean' },
        dates: { type: 'array', items: dateTime },
      },
      required: ['at', 'nullable', 'count', 'flag', 'dates'],
      additionalProperties: false,
    });
  });

  it('bigint, functions and symbols are left out and Map/Set are {} with a diagnostic each; methods are skipped silently', async () => {
    const model = await extractFixture('extract-payload-json');
    expect(eventNamed(model, 'json.unserializable').payloadSchema).toEqual({
      type: 'object',
      title: 'Unserializable',
      properties: { id: str, seen: { type: 'object', properties: {}, additionalProperties: false } },
      required: ['id', 'seen'],
      additionalProperties: false,
    });
    const at = { file: 'src/service.ts', line: 25, column: 35 };
    expect(model.diagnostics).toEqual([
      {
        code: 'WD102',
        severity: 'warning',
        message: 'Payload property payload.big has type bigint, which JSON.stringify cannot serialize (it throws); it is left out of the schema.',
        location: at,
        snippet: 'bigint',
        hint: 'Send it as a string (`value.toString()`) or a number.',
      },
      {
        code: 'WD102',
        severity: 'warning',
        message: 'Payload property payload.callback has type function, which JSON.stringify drops; it is left out of the schema.',
        location: at,
        snippet: '() => void',
        hint: 'Remove it from the payload or convert it to JSON data first.',
      },
      {
        code: 'WD102',
        severity: 'warning',
        message: 'Payload property payload.seen is a Set, which JSON.stringify writes as {} (its entries are lost).',
        location: at,
        snippet: 'Set<string>',
        hint: 'Convert it first: `Object.fromEntries(map)` or `[...set]`.',
      },
      {
        code: 'WD102',
        severity: 'warning',
        message: 'Payload property payload.sym has type symbol, which JSON.stringify drops; it is left out of the schema.',
        location: at,
        snippet: 'symbol',
        hint: 'Remove it from the payload or convert it to JSON data first.',
      },
    ]);
  });

  it('literal unions → enum, discriminated unions → oneOf with the discriminator, other unions → anyOf', async () => {
    const model = await extractFixture('extract-payload-unions');
    const channel = (title: string, kind: string, field: string) => ({
      type: 'object',
      title,
      properties: { kind: { type: 'string', const: kind }, [field]: str },
      required: ['kind', field],
      additionalProperties: false,
    });
    expect(eventNamed(model, 'union.kinds').payloadSchema).toEqual({
      type: 'object',
      title: 'UnionKinds',
      properties: {
        status: { type: 'string', enum: ['queued', 'sent', 'failed'] },
        code: { type: 'number', enum: [1, 2] },
        channel: {
          oneOf: [channel('SmsChannel', 'sms', 'number'), channel('EmailChannel', 'email', 'address')],
          discriminator: { propertyName: 'kind' },
        },
        value: { anyOf: [str, num] },
        reason: { type: ['string', 'null'], enum: ['timeout', null] },
      },
      required: ['status', 'code', 'channel', 'value', 'reason'],
      additionalProperties: false,
    });
    expect(model.diagnostics).toEqual([]);
  });

  it('records, index signatures, arrays, tuples, aliases, intersections, generics, Pick/Omit/Partial', async () => {
    const model = await extractFixture('extract-payload-shapes');
    const ref = { type: 'object', title: 'ContactRef', properties: { id: str, email: str }, required: ['id', 'email'], additionalProperties: false };
    expect(eventNamed(model, 'shape.all').payloadSchema).toEqual({
      type: 'object',
      title: 'Shapes',
      properties: {
        tags: { type: 'array', items: str },
        counts: { type: 'object', properties: {}, additionalProperties: num },
        labels: { type: 'object', properties: {}, additionalProperties: str },
        pair: { type: 'array', prefixItems: [str, num], minItems: 2, items: false, maxItems: 2 },
        ref,
        slim: { ...ref, title: 'ContactWithoutPhone' },
        patch: { type: 'object', properties: { id: str, email: str }, additionalProperties: false },
        audit: { type: 'object', title: 'Audit', properties: { actor: str, at: num }, required: ['actor', 'at'], additionalProperties: false },
        page: {
          type: 'object',
          title: 'Page',
          properties: { items: { type: 'array', items: ref }, next: { type: ['string', 'null'] } },
          required: ['items', 'next'],
          additionalProperties: false,
        },
      },
      required: ['tags', 'counts', 'labels', 'pair', 'ref', 'slim', 'patch', 'audit', 'page'],
      additionalProperties: false,
    });
    expect(model.diagnostics).toEqual([]);
  });

  it('recursive types become $defs/$ref without looping', async () => {
    const model = await extractFixture('extract-payload-recursive');
    const folder = { $ref: '#/$defs/Folder' };
    expect(eventNamed(model, 'tree.changed').payloadSchema).toEqual({
      type: 'object',
      properties: { root: folder },
      required: ['root'],
      additionalProperties: false,
      $defs: {
        Folder: {
          type: 'object',
          title: 'Folder',
          properties: { name: str, children: { type: 'array', items: folder }, parent: { anyOf: [folder, { type: 'null' }] } },
          required: ['name', 'children', 'parent'],
          additionalProperties: false,
          description: 'A folder and its sub-folders.',
        },
      },
    });
  });

  it('JSDoc: type docs → description (root and nested), property docs → description, @example → examples, @deprecated → deprecated', async () => {
    const model = await extractFixture('extract-payload-docs');
    const sender = (description: string) => ({
      type: 'object',
      title: 'Sender',
      properties: { number: { type: 'string', description: 'E.164 number.', examples: ['+15550100'] } },
      required: ['number'],
      additionalProperties: false,
      description,
    });
    expect(eventNamed(model, 'docs.shown').payloadSchema).toEqual({
      type: 'object',
      title: 'DocsShown',
      properties: {
        codec: { type: 'string', description: 'Negotiated codec.', examples: ['PCMU'] },
        attempts: { type: 'number', description: 'Retry count.', examples: [3] },
        extra: { type: 'object', properties: {}, additionalProperties: num, description: 'Extra data.', examples: [{ a: 1 }] },
        legacy_codec: { type: 'string', description: 'Old name of `codec`.', deprecated: true },
        note: { type: 'string', examples: ['not json'] },
        sender: sender('Where a message was sent from.'),
        replied_by: sender("The sender who replied (overrides the type's description)."),
        sdp: {
          type: 'object',
          properties: { media: { type: 'string', description: 'Media kind.', examples: ['audio'] } },
          required: ['media'],
          additionalProperties: false,
        },
      },
      required: ['codec', 'attempts', 'extra', 'note', 'sender', 'replied_by', 'sdp'],
      additionalProperties: false,
      description: 'Payload of `docs.shown`.\n\nSecond paragraph stays.',
    });
  });

  it('merges sites of one event: union of fields, a field absent at a site is not required, each site kept', async () => {
    const model = await extractFixture('extract-payload-merge');
    const event = eventNamed(model, 'order.updated');
    expect(event.dispatchSites.map((s) => `${s.file}:${s.line}`)).toEqual(['src/api.ts:4', 'src/batch.ts:4']);
    expect(event.dispatchSites.map((s) => s.payloadType)).toEqual([
      '{ id: string; total: number; source: "api"; }',
      '{ id: string; batch_id: string; source: "batch"; }',
    ]);
    expect(event.payloadSchema).toEqual({
      type: 'object',
      properties: { id: str, total: num, source: { type: 'string', enum: ['api', 'batch'] }, batch_id: str },
      required: ['id', 'source'],
      additionalProperties: false,
    });
  });

  it('resolves types from node_modules and reports a type whose package is missing', async () => {
    const model = await extractFixture('extract-payload-packages');
    const line = (description: string) => ({ type: 'number', description });
    expect(eventNamed(model, 'pkg.resolved').payloadSchema).toEqual({
      type: 'object',
      properties: {
        at: {
          type: 'object',
          title: 'Point',
          properties: {
            line: line('Line in a source file (1-indexed integer).'),
            column: line('Column in a source file (1-indexed integer).'),
            offset: line('Character in a source file (0-indexed integer).'),
          },
          required: ['line', 'column'],
          additionalProperties: false,
          description: 'One place in a source file.',
        },
      },
      required: ['at'],
      additionalProperties: false,
    });
    expect(eventNamed(model, 'pkg.missing').payloadSchema).toEqual({ type: 'object', properties: { m: {} }, required: ['m'], additionalProperties: false });
    expect(model.diagnostics).toEqual([
      {
        code: 'WD114',
        severity: 'warning',
        message: 'The type of payload.m cannot be resolved (a missing module or package?); its schema is empty.',
        location: { file: 'src/service.ts', line: 8, column: 27 },
        hint: 'Install the package that declares it (with its types), or fix the import, so that `tsc --noEmit` passes.',
      },
    ]);
  });
});
