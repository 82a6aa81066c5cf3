/**
 * Rehype plugin: lets long payload field paths (`details.restrictions[].restriction_type`) wrap after a `.` instead of stretching the field table past the content column, at build time (no JS needed). Only the
 * code inside a field anchor (`<a class="field-anchor">`) is touched; the text stays the same (`<wbr>` has none).
 */

import { dotPieces } from './dot-pieces.ts';
import { isFieldAnchor, type HastNode as Node } from './hast-field-anchor.ts';

/** The text split by `dotPieces`, with a `<wbr>` between the pieces. */
export function withBreaks(text: string): Node[] {
  const out: Node[] = [];
  dotPieces(text).forEach((piece, i) => {
    if (i > 0) out.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
    out.push({ type: 'text', value: piece });
  });
  return out;
}

function addBreaks(node: Node): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text' && child.value) return withBreaks(child.value);
    addBreaks(child);
    return [child];
  });
}

function walk(node: Node): void {
  if (isFieldAnchor(node)) {
    for (const child of node.children ?? []) if (child.type === 'element' && child.tagName === 'code') addBreaks(child);
    return;
  }
  for (const child of node.children ?? []) walk(child);
}

/** The plugin (`markdown.rehypePlugins` in astro.config.mjs). */
export function rehypeFieldPathBreaks() {
  return (tree: Node): void => walk(tree);
}
