import { describe, expect, it } from 'vitest';
import { diffModels } from '../../../generator/check/diff-models.ts';
import { formatChangesJson, formatChangesMarkdown, formatChangesText } from '../../../generator/check/format-changes.ts';
import type { JsonSchema } from '../../../generator/model.ts';
import { event, model } from './make-model.ts';

const obj = (properties: Record<string, JsonSchema>, required: string[] = Object.keys(properties)): JsonSchema => ({ type: 'object', properties, required });

const base = model([
  event('a.kept', {
    payloadSchema: obj({
      id: { type: 'string' },
      kind: { enum: ['x', 'y'] },
      code: { type: 'string', enum: ['p'] },
      note: { type: 'string', description: 'Old.' },
      details: obj({ reason: { type: 'string' }, extra: { type: 'number' } }),
      when: { type: 'string' },
      maybe: { type: ['string', 'null'] },
      free: { type: 'string' },
    }),
  }),
  event('a.gone'),
  event('a.old'),
]);
const head = model([
  event('a.kept', {
    payloadSchema: obj(
      {
        id: { type: 'number' },
        kind: { enum: ['x', 'z'] },
        code: { type: 'string' },
        note: { type: 'string', description: 'New.' },
        when: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        maybe: { type: 'string' },
        free: { enum: ['only'] },
        added: obj({ deep: { type: 'string' } }),
      },
      ['id', 'kind', 'code', 'note', 'when', 'maybe', 'free'],
    ),
  }),
  event('a.old', { deprecated: { message: 'Use a.new.', replacement: 'a.new' }, description: 'Old one.' }),
  event('a.new'),
]);

describe('diffModels', () => {
  it('lists every change with its breaking and notable flags, children of removed fields folded', () => {
    const set = diffModels(base, head);
    expect(set.changes.map((c) => [c.event, c.kind, c.path, c.breaking, c.notable, c.before, c.after])).toEqual([
      ['a.gone', 'event.removed', null, true, true, null, null],
      ['a.kept', 'field.added', 'added', false, false, null, 'object'],
      ['a.kept', 'field.enum-relaxed', 'code', false, true, '"p"', 'string'],
      ['a.kept', 'field.removed', 'details', true, true, 'object', null],
      ['a.kept', 'field.enum-restricted', 'free', false, false, 'string', '"only"'],
      ['a.kept', 'field.type-changed', 'id', true, true, 'string', 'number'],
      ['a.kept', 'field.enum-value-removed', 'kind', true, true, '"y"', null],
      ['a.kept', 'field.enum-value-added', 'kind', false, true, null, '"z"'],
      ['a.kept', 'field.nullable-removed', 'maybe', false, false, 'string | null', 'string'],
      ['a.kept', 'field.description-changed', 'note', false, false, 'Old.', 'New.'],
      ['a.kept', 'field.nullable-added', 'when', true, true, 'string', 'string | null'],
      ['a.new', 'event.added', null, false, true, null, null],
      ['a.old', 'event.deprecated', null, false, true, null, 'a.new'],
      ['a.old', 'event.description-changed', null, false, false, null, 'Old one.'],
    ]);
    expect(set.summary).toEqual({ changes: 14, breaking: 5, notable: 9, events: 4 });
    expect(set.changes.find((c) => c.kind === 'field.type-changed')?.message).toBe('Field `id` of `a.kept` changed type from string to number.');
  });

  it('reports required → optional as breaking and nothing for identical models', () => {
    const before = model([event('e', { payloadSchema: obj({ a: { type: 'string' } }) })]);
    const after = model([event('e', { payloadSchema: obj({ a: { type: 'string' } }, []) })]);
    expect(diffModels(before, after).changes).toEqual([
      {
        event: 'e',
        kind: 'field.made-optional',
        path: 'a',
        breaking: true,
        notable: true,
        before: 'required',
        after: 'optional',
        message: 'Field `a` of `e` is no longer required.',
      },
    ]);
    expect(diffModels(before, before).changes).toEqual([]);
  });

  it('formats as text, stable JSON and a Markdown table with breaking markers', () => {
    const before = model([event('e', { payloadSchema: obj({ a: { type: 'string' }, 'b|c': { enum: ['x'] } }) })]);
    const after = model([event('e', { payloadSchema: obj({ 'b|c': { enum: ['x', 'y'] } }) })]);
    const set = diffModels(before, after, { base: { ref: 'main', commit: 'a'.repeat(40) }, head: { ref: null, commit: null } });
    expect(formatChangesText(set)).toBe(
      [
        'Schema changes from main (aaaaaaa) to the working tree: 2 changes in 1 event, 1 breaking.',
        '',
        'e',
        '  breaking  Field `a` of `e` removed.',
        '  notable   Field `b|c` of `e` has a new value "y".',
      ].join('\n'),
    );
    expect(formatChangesMarkdown(set)).toBe(
      [
        '### Webhook schema changes: `main` (aaaaaaa) → working tree',
        '',
        '⚠️ **1 breaking change** for subscribers (2 changes in 1 event).',
        '',
        '| | Event | Change | Field | Before | After |',
        '|---|---|---|---|---|---|',
        '| ⚠️ | `e` | field removed | `a` | `string` |  |',
        '| ℹ️ | `e` | enum value added | `b\\|c` |  | `"y"` |',
        '',
        '⚠️ breaking for subscribers · ℹ️ notable (e.g. a new enum value an exhaustive `switch` does not handle)',
      ].join('\n'),
    );
    const json = JSON.parse(formatChangesJson(set)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['version', 'base', 'head', 'summary', 'changes']);
    expect(json.head).toEqual({ ref: null, commit: null });
    expect(json.summary).toEqual({ changes: 2, breaking: 1, notable: 2, events: 1 });
  });
});
