import { describe, expect, it } from 'vitest';
import { flattenPayloadFields } from '../../../generator/check/flatten-payload-fields.ts';

type Schema = Parameters<typeof flattenPayloadFields>[0];
const rows = (schema: Schema) =>
  flattenPayloadFields(schema).map((f) => [f.path, f.types.join('|'), f.required, f.nullable, f.enum?.join(',') ?? null, f.description]);

describe('flattenPayloadFields', () => {
  it('flattens nested objects, arrays of objects, scalar arrays, records, local $refs and nullable unions', () => {
    const schema: Schema = {
      type: 'object',
      properties: {
        id: { type: 'string', description: 'Message id.' },
        status: { anyOf: [{ const: 'sent' }, { const: 'queued' }], description: 'State.' },
        error: { anyOf: [{ $ref: '#/$defs/Failure' }, { type: 'null' }] },
        tags: { type: 'array', items: { type: 'string' } },
        parts: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' } }, required: ['sku'] } },
        meta: { type: 'object', additionalProperties: { type: 'number' } },
        count: { type: ['integer', 'null'] },
      },
      required: ['id', 'status', 'error'],
      $defs: { Failure: { type: 'object', description: 'Why it failed.', properties: { code: { type: 'string', enum: ['a', 'b'] } }, required: ['code'] } },
    };
    expect(rows(schema)).toEqual([
      ['id', 'string', true, false, null, 'Message id.'],
      ['status', 'string', true, false, '"queued","sent"', 'State.'],
      ['error', 'object', true, true, null, 'Why it failed.'],
      ['error.code', 'string', true, false, '"a","b"', null],
      ['tags', 'array<string>', false, false, null, null],
      ['parts', 'array', false, false, null, null],
      ['parts[].sku', 'string', true, false, null, null],
      ['meta', 'object', false, false, null, null],
      ['meta.*', 'number', false, false, null, null],
      ['count', 'integer', false, true, null, null],
    ]);
  });

  it('stops at recursive $refs and makes a property optional when a union branch lacks it', () => {
    const schema: Schema = {
      $defs: { Node: { type: 'object', properties: { child: { $ref: '#/$defs/Node' }, name: { type: 'string' } }, required: ['name'] } },
      anyOf: [
        { type: 'object', properties: { kind: { const: 'a' }, tree: { $ref: '#/$defs/Node' } }, required: ['kind', 'tree'] },
        { type: 'object', properties: { kind: { const: 'b' } }, required: ['kind'] },
      ],
    };
    expect(rows(schema)).toEqual([
      ['kind', 'string', true, false, '"a","b"', null],
      ['tree', 'object', false, false, null, null],
      ['tree.child', 'object', false, false, null, null],
      ['tree.name', 'string', true, false, null, null],
    ]);
  });

  it('gives a non-object payload one `$` row and a missing schema none', () => {
    expect(rows({ type: 'string' })).toEqual([['$', 'string', true, false, null, null]]);
    expect(rows(null)).toEqual([]);
  });
});
