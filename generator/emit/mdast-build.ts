/**
 * Tiny constructors for the mdast (+ MDX) nodes the pages use. User text only ever enters
 * a tree as the `value` of a text or inlineCode node, or an attribute value: the serializer
 * escapes it, so it can never become markup.
 */
import type { BlockContent, Code, Heading, InlineCode, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Table, TableCell, TableRow, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement, MdxjsEsm } from 'mdast-util-mdx';
import { oneLine, sanitizeText, toParagraphs } from './sanitize-text.ts';

/** Phrasing content, or a plain string (becomes a text node). */
export type Inline = PhrasingContent | string;

const inline = (parts: Inline[]): PhrasingContent[] => parts.map((p) => (typeof p === 'string' ? text(p) : p));

/** A text node (sanitized; markup characters are escaped by the serializer). */
export const text = (value: string): Text => ({ type: 'text', value: sanitizeText(value) });
/** Inline code; newlines become spaces so it can sit in a table cell. */
export const code = (value: string): InlineCode => ({ type: 'inlineCode', value: oneLine(value) });
export const strong = (...parts: Inline[]): Strong => ({ type: 'strong', children: inline(parts) });
export const paragraph = (...parts: Inline[]): Paragraph => ({ type: 'paragraph', children: inline(parts) });
export const heading = (depth: 2 | 3 | 4, ...parts: Inline[]): Heading => ({ type: 'heading', depth, children: inline(parts) });
export const root = (children: RootContent[]): Root => ({ type: 'root', children });

/** A link; only site-relative URLs and http(s) URLs are ever made links (never `javascript:`). */
export function link(url: string, ...parts: Inline[]): Link | PhrasingContent {
  if (!isSafeUrl(url)) return parts.length === 1 && typeof parts[0] === 'string' ? text(parts[0]) : strong(...parts);
  return { type: 'link', url, children: inline(parts) };
}

/** True for `/path`, `#anchor` and http(s) URLs. */
export function isSafeUrl(url: string): boolean {
  return /^(\/(?!\/)|#)/.test(url) || /^https?:\/\/[^\s]+$/i.test(url);
}

/** A fenced code block; the serializer picks a fence longer than any inside. */
export const codeBlock = (lang: string, value: string, meta?: string): Code => ({ type: 'code', lang, meta: meta ?? null, value });

/** A bullet list of phrasing items. */
export const bulletList = (items: Inline[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((parts): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(...parts)] })),
});

/** A GFM table; cells are single-line phrasing. */
export function table(header: string[], rows: Inline[][][]): Table {
  const row = (cells: Inline[][]): TableRow => ({ type: 'tableRow', children: cells.map((c): TableCell => ({ type: 'tableCell', children: inline(c) })) });
  return { type: 'table', align: header.map(() => null), children: [row(header.map((h) => [h])), ...rows.map(row)] };
}

/** Paragraph nodes for a multi-paragraph description (blank lines separate paragraphs). */
export const paragraphs = (description: string): Paragraph[] => toParagraphs(description).map((p) => paragraph(p));

const attributes = (attrs: Record<string, string>): MdxJsxAttribute[] =>
  Object.entries(attrs).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value: sanitizeText(value) }));

/** A JSX element in flow position (`<Aside>`, `<div id="catalog">`). */
export const jsxFlow = (name: string, attrs: Record<string, string>, children: (BlockContent | RootContent)[]): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: attributes(attrs),
  children: children as MdxJsxFlowElement['children'],
});

/** A JSX element in phrasing position (`<Badge>`, the field anchor). */
export const jsxText = (name: string, attrs: Record<string, string>, ...children: Inline[]): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: attributes(attrs),
  children: inline(children),
});

/** Starlight `<Badge>`. */
export const badge = (label: string, variant: 'note' | 'tip' | 'caution' | 'danger' | 'success' | 'default'): MdxJsxTextElement =>
  jsxText('Badge', { text: label, variant });

/** Starlight `<Aside>`. */
export const aside = (type: 'note' | 'tip' | 'caution' | 'danger', title: string, children: BlockContent[]): MdxJsxFlowElement =>
  jsxFlow('Aside', { type, title }, children);

/** The default import of one of our site components (`import PayloadFields from '…/PayloadFields.astro';`). */
export const componentImport = (name: string, dir: string): MdxjsEsm => ({
  type: 'mdxjsEsm',
  value: `import ${name} from '${dir}/${name}.astro';`,
});

/** Several ESM statements as one block (one import section at the top of a page). */
export const esmBlock = (statements: MdxjsEsm[]): MdxjsEsm => ({ type: 'mdxjsEsm', value: statements.map((s) => s.value).join('\n') });

/** Names of the JSX elements used anywhere in `nodes` (to import only what a page uses). */
export function jsxNamesIn(nodes: RootContent[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: RootContent | PhrasingContent): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) names.add(node.name);
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  nodes.forEach(visit);
  return names;
}

/** The ESM import of the Starlight components a page uses. */
export const starlightImport = (names: string[]): MdxjsEsm => ({
  type: 'mdxjsEsm',
  value: `import { ${[...names].sort().join(', ')} } from '@astrojs/starlight/components';`,
});
