/** The few hast shapes the field-table rehype plugins read, and how they recognise a field anchor. */

/** Elements, MDX JSX elements (how MDX keeps `<a …>`) and text. */
export interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

/** True for a field anchor (`<a class="field-anchor">`) written as HTML (`.md`) or as JSX (`.mdx`). */
export function isFieldAnchor(node: HastNode): boolean {
  if (node.type === 'element' && node.tagName === 'a') {
    const cls = node.properties?.className;
    return Array.isArray(cls) ? cls.includes('field-anchor') : cls === 'field-anchor';
  }
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
    return (node.attributes ?? []).some(
      (a) => a.type === 'mdxJsxAttribute' && (a.name === 'class' || a.name === 'className') && typeof a.value === 'string' && a.value.split(/\s+/).includes('field-anchor'),
    );
  }
  return false;
}
