/**
 * Serializes a page once: frontmatter + the mdast tree through mdast-util-to-markdown with
 * the MDX and GFM extensions (which own all escaping).
 */
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { renderFrontmatter, type FrontmatterValue } from './render-frontmatter.ts';

/** The MDX text of a page. */
export function serializeMdx(frontmatter: Record<string, FrontmatterValue>, tree: Root): string {
  const body = toMarkdown(tree, {
    extensions: [mdxToMarkdown(), gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    emphasis: '_',
    fences: true,
    rule: '-',
  });
  return `${renderFrontmatter(frontmatter)}\n${body}`;
}
