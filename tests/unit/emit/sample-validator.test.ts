/** The sample self-check: which samples fail, and how the failure names the field (WD304's message). */
import { describe, expect, it } from 'vitest';
import { createSampleValidator } from '../../../generator/emit/sample-validator.ts';
import type { JsonSchema } from '../../../generator/model.ts';

const validate = createSampleValidator();
const schema: JsonSchema = {
  type: 'object',
  properties: {
    'a/b~c d': { type: 'string' },
    total: { type: 'integer' },
    lines: { type: 'array', items: { type: 'object', properties: { at: { type: 'string', format: 'date-time' } }, required: ['at', 'sku id'] } },
    tree: { $ref: '#/$defs/Node' },
  },
  required: ['total', 'id'],
  $defs: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/Node' } } }, required: ['children'] } },
};

describe('sample validator', () => {
  it('accepts a valid sample, recursive $ref included', () => {
    expect(validate(schema, { id: 'x', total: 3, lines: [{ at: '2026-05-30T12:00:00Z', 'sku id': 1 }], tree: { children: [{ children: [] }] } })).toEqual([]);
  });

  it('names each failing field by its path, not the objects around it', () => {
    const problems = validate(schema, { 'a/b~c d': 1, total: 'twelve', lines: [{ at: 'yesterday' }], tree: { children: [{}] } });
    expect(problems.map((p) => p.path)).toEqual(['id', 'a/b~c d', 'total', 'lines[0].sku id', 'lines[0].at', 'tree.children[0].children']);
    expect(problems.find((p) => p.path === 'total')?.message).toMatch(/integer/);
    expect(problems.find((p) => p.path === 'lines[0].at')?.message).toMatch(/date-time/);
  });

  it('checks the sample against the whole delivery: a wrong root is reported at the root', () => {
    expect(validate({ type: 'object' }, [1])).toEqual([{ path: '(root)', message: expect.stringMatching(/object/) }]);
  });
});
