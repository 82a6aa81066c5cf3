/**
 * Rehype plugin: gives each cell of a Markdown field table (a table whose body holds `a.field-anchor`: the envelope's;
 * event pages render theirs with src/components/FieldTable.astro, which sets the same attributes) a
 * `data-label` with its column's header text, so on a phone webhook.css can show each row as a card
 * ("Type: string · Required: yes …") whatever columns the emitter writes. Build time only: no JS needed.
 * The CSS shows the table as a list (`display: block`), which drops its implicit table roles in browsers'
 * accessibility trees, so the roles are set explicitly here. A cell that holds only "—" gets `data-empty`.
 */

import { isFieldAnchor, type HastNode as Node } from './hast-field-anchor.ts';

const isElement = (node: Node, tag: string): boolean => node.type === 'element' && node.tagName === tag;

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function find(node: Node, test: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (test(node)) out.push(node);
  for (const child of node.children ?? []) find(child, test, out);
  return out;
}


/** Labels the cells of one table in place; returns false when it is not a field table. */
export function labelFieldTable(table: Node): boolean {
  const thead = (table.children ?? []).find((n) => isElement(n, 'thead'));
  const tbody = (table.children ?? []).find((n) => isElement(n, 'tbody'));
  if (!thead || !tbody || find(tbody, isFieldAnchor).length === 0) return false;
  const headerRow = find(thead, (n) => isElement(n, 'tr'))[0];
  const labels = (headerRow?.children ?? []).filter((n) => isElement(n, 'th')).map((th) => textOf(th).trim());
  const role = (node: Node, value: string) => {
    node.properties = { ...node.properties, role: value };
  };
  role(table, 'table');
  role(thead, 'rowgroup');
  role(tbody, 'rowgroup');
  for (const th of find(thead, (n) => isElement(n, 'th'))) role(th, 'columnheader');
  for (const tr of find(table, (n) => isElement(n, 'tr'))) role(tr, 'row');
  for (const row of (tbody.children ?? []).filter((n) => isElement(n, 'tr'))) {
    (row.children ?? [])
      .filter((n) => isElement(n, 'td'))
      .forEach((td, i) => {
        const label = labels[i];
        // "—" is how the emitter says "no description": marked so the list layout can leave the line out.
        const empty = textOf(td).trim() === '—' ? { dataEmpty: '' } : {};
        td.properties = { ...td.properties, role: 'cell', ...(label ? { dataLabel: label } : {}), ...empty };
      });
  }
  return true;
}

/** The plugin (`markdown.rehypePlugins` in astro.config.mjs). */
export function rehypeFieldTableLabels() {
  return (tree: Node): void => {
    for (const table of find(tree, (n) => isElement(n, 'table'))) labelFieldTable(table);
  };
}
