import { describe, expect, it } from 'vitest';
import { mergeSchemas } from '../../../generator/extract/merge-schemas.ts';
import type { JsonSchema } from '../../../generator/model.ts';

const obj = (properties: Record<string, JsonSchema>, required: string[], extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  ...extra,
  properties,
  required,
  additionalProperties: false,
});

describe('mergeSchemas', () => {
  it('is null without sites and the schema itself for one', () => {
    expect(mergeSchemas([])).toBeNull();
    const one = obj({ id: { type: 'string' } }, ['id']);
    expect(mergeSchemas([one])).toEqual(one);
  });

  it('keeps the type name and JSDoc both sites agree on, and unions differing fields', () => {
    const meta = { title: 'OrderPayload', description: 'An order.' };
    const merged = mergeSchemas([
      obj({ id: { type: 'string' }, total: { type: 'number' } }, ['id', 'total'], meta),
      obj({ id: { type: 'string' }, total: { type: 'string' } }, ['id'], meta),
    ]);
    expect(merged).toEqual(
      obj({ id: { type: 'string' }, total: { anyOf: [{ type: 'number' }, { type: 'string' }] } }, ['id'], meta),
    );
  });

  it('drops annotations the sites disagree on', () => {
    const merged = mergeSchemas([
      obj({ id: { type: 'string' } }, ['id'], { title: 'A', description: 'From A.' }),
      obj({ id: { type: 'string' }, extra: { type: 'boolean' } }, ['id'], { title: 'B', description: 'From B.' }),
    ]);
    expect(merged).toEqual(obj({ id: { type: 'string' }, extra: { type: 'boolean' } }, ['id']));
  });

  it('merges $defs of both sites, sorted by name', () => {
    const a: JsonSchema = { ...obj({ a: { $ref: '#/$defs/Z' } }, ['a']), $defs: { Z: { type: 'string' } } };
    const b: JsonSchema = { ...obj({ b: { $ref: '#/$defs/Y' } }, ['b']), $defs: { Y: { type: 'number' } } };
    const merged = mergeSchemas([a, b]);
    expect(merged?.$defs).toEqual({ Y: { type: 'number' }, Z: { type: 'string' } });
    expect(Object.keys(merged?.$defs ?? {})).toEqual(['Y', 'Z']);
  });
});
