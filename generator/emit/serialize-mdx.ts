/**
 * Serializes a page once: frontmatter + the mdast tree through mdast-util-to-markdown with
 * the MDX and GFM extensions (which own all escaping).
 */
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { renderFrontmatter, type FrontmatterValue } from './render-frontmatter.ts';

/**
 * MDX reads a line starting with `import`/`export` + a non-word character as ESM (JavaScript), and
 * mdast-util-mdx does not escape it: JSDoc such as "export of contacts finished" at the start of
 * a paragraph would break the build. Encoding the first letter (`&#x65;xport`) keeps the text.
 */
const ESM_KEYWORDS: Unsafe[] = [
  { character: 'e', atBreak: true, after: 'xport(?![\\w$])', inConstruct: 'phrasing' },
  { character: 'i', atBreak: true, after: 'mport(?![\\w$])', inConstruct: 'phrasing' },
];

/** The MDX text of a page. */
export function serializeMdx(frontmatter: Record<string, FrontmatterValue>, tree: Root): string {
  const body = toMarkdown(tree, {
    extensions: [mdxToMarkdown(), gfmToMarkdown({ tablePipeAlign: false }), { unsafe: ESM_KEYWORDS }],
    bullet: '-',
    emphasis: '_',
    fences: true,
    rule: '-',
  });
  return `${renderFrontmatter(frontmatter)}\n${body}`;
}
