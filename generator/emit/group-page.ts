/**
 * The page of one group (content/groups/<slug>.mdx): its description and its events.
 */
import type { RootContent } from 'mdast';
import type { EmitContext, GroupEntry } from './emit-context.ts';
import { eventTable } from './catalog-page.ts';
import { link, paragraph, paragraphs, root, starlightImport } from './mdast-build.ts';
import { pageFrontmatter } from './page-frontmatter.ts';
import { oneLine } from './sanitize-text.ts';
import { serializeMdx } from './serialize-mdx.ts';
import { sourceLink } from './source-link.ts';

/** The MDX text of a group page. */
export function renderGroupPage(entry: GroupEntry, ctx: EmitContext): string {
  const { group, events } = entry;
  const count = `${events.length} event${events.length === 1 ? '' : 's'}`;
  const children: RootContent[] = [starlightImport(['Badge'])];
  const description = group.description && oneLine(group.description) ? group.description : null;
  if (description) children.push(...paragraphs(description));
  const about = paragraph(`${count} in the ${group.name} group. All groups are on the `, link('/events/', 'event catalog'), '.');
  if (group.source) about.children.push({ type: 'text', value: ' Section declared at ' }, sourceLink(ctx.config, group.source.file, group.source.line), { type: 'text', value: '.' });
  children.push(about, eventTable(events, ctx));
  return serializeMdx(
    pageFrontmatter('group', `${group.name} events`, description ? oneLine(description) : `${count} in the ${group.name} group.`, `groups/${entry.slug}`, false),
    root(children),
  );
}
