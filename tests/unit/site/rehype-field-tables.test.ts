import { describe, expect, it } from 'vitest';
import { rehypeFieldPathBreaks, withBreaks } from '../../../src/lib/rehype-field-path-breaks.ts';
import { labelFieldTable, rehypeFieldTableLabels } from '../../../src/lib/rehype-field-table-labels.ts';

type N = { type: string; tagName?: string; name?: string | null; value?: string; properties?: Record<string, unknown>; attributes?: { type: string; name?: string; value?: unknown }[]; children?: N[] };
const text = (value: string): N => ({ type: 'text', value });
const el = (tagName: string, children: N[] = [], properties: Record<string, unknown> = {}): N => ({ type: 'element', tagName, properties, children });
/** How MDX keeps `<a id=… class="field-anchor">` in hast: a JSX element, not an `a` element. */
const jsxAnchor = (path: string): N => ({
  type: 'mdxJsxTextElement',
  name: 'a',
  attributes: [
    { type: 'mdxJsxAttribute', name: 'id', value: `field-${path}` },
    { type: 'mdxJsxAttribute', name: 'class', value: 'field-anchor' },
  ],
  children: [el('code', [text(path)])],
});
const serialize = (n: N): string =>
  n.type === 'text' ? n.value! : n.tagName === 'wbr' ? '|' : (n.children ?? []).map(serialize).join('');

function fieldTable(headers: string[], rows: N[][]): N {
  return el('table', [
    el('thead', [el('tr', headers.map((h) => el('th', [text(h)])))]),
    el('tbody', rows.map((cells) => el('tr', cells.map((c) => el('td', [c]))))),
  ]);
}

describe('rehypeFieldPathBreaks', () => {
  it('splits a path after each dot, never at the end or inside a segment', () => {
    expect(withBreaks('details.restrictions[].restriction_type').map(serialize).join('')).toBe('details.|restrictions[].|restriction_type');
    expect(withBreaks('a.').map(serialize).join('')).toBe('a.');
    expect(withBreaks('plain').length).toBe(1);
  });

  it('touches only code inside field anchors (JSX or HTML), keeping the text', () => {
    const tree = el('root', [
      el('p', [el('code', [text('not.a.field')])]),
      jsxAnchor('error.step_id'),
      el('a', [el('code', [text('x.y')])], { className: ['field-anchor'] }),
    ]);
    rehypeFieldPathBreaks()(tree as never);
    expect(serialize(tree.children![0]!)).toBe('not.a.field');
    expect(serialize(tree.children![1]!)).toBe('error.|step_id');
    expect(serialize(tree.children![2]!)).toBe('x.|y');
  });
});

describe('rehypeFieldTableLabels', () => {
  it('labels each cell of a field table with its column header and sets table roles', () => {
    const table = fieldTable(['Field', 'Type', 'Required', 'Nullable', 'Description'], [[jsxAnchor('id'), text('string'), text('yes'), text('no'), text('—')]]);
    rehypeFieldTableLabels()(el('root', [table]) as never);
    const row = table.children![1]!.children![0]!;
    expect(row.children!.map((td) => td.properties?.dataLabel)).toEqual(['Field', 'Type', 'Required', 'Nullable', 'Description']);
    expect(row.children!.every((td) => td.properties?.role === 'cell')).toBe(true);
    expect(table.properties?.role).toBe('table');
    expect(row.properties?.role).toBe('row');
    expect(table.children![0]!.children![0]!.children!.map((th) => th.properties?.role)).toEqual(Array(5).fill('columnheader'));
    // Only the "—" (no description) cell is marked empty.
    expect(row.children!.map((td) => 'dataEmpty' in (td.properties ?? {}))).toEqual([false, false, false, false, true]);
  });

  it('leaves other tables (the catalog) alone', () => {
    const catalog = fieldTable(['Event', 'Description'], [[el('a', [text('message.sent')], { href: '/events/message.sent/' }), text('Sent.')]]);
    expect(labelFieldTable(catalog)).toBe(false);
    expect(catalog.properties?.role).toBeUndefined();
    expect(catalog.children![1]!.children![0]!.children![0]!.properties?.dataLabel).toBeUndefined();
  });
});
