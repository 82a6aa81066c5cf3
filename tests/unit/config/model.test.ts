/** The model's JSON check: payload schemas must survive JSON.stringify unchanged. */
import { describe, expect, it } from 'vitest';
import { isJsonValue, jsonSchemaSchema } from '../../../generator/model.ts';

describe('isJsonValue', () => {
  it('accepts nested JSON', () => {
    expect(isJsonValue({ type: 'object', properties: { a: { enum: ['x', 1, true, null] } }, required: ['a'] })).toBe(true);
    const shared = { type: 'string' };
    expect(isJsonValue({ a: shared, b: [shared, shared] })).toBe(true);
  });

  it('rejects what JSON.stringify would drop or change', () => {
    for (const bad of [undefined, () => 1, Number.NaN, Number.POSITIVE_INFINITY, new Date(0), new Map(), 1n, Symbol('s'), { a: undefined }, [1, undefined]]) {
      expect(isJsonValue(bad), String(typeof bad)).toBe(false);
    }
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(isJsonValue(cycle)).toBe(false);
  });

  it('is what the model schema uses for payload schemas', () => {
    expect(jsonSchemaSchema.safeParse({ type: 'string' }).success).toBe(true);
    expect(jsonSchemaSchema.safeParse([{ type: 'string' }]).success).toBe(false);
    expect(jsonSchemaSchema.safeParse({ examples: [new Date(0)] }).success).toBe(false);
  });
});
