/**
 * The "Changelog" section of an event page: what changed in this event, release by release, newest
 * first. Appended to the page only when the changelog mentions the event.
 */
import type { Root, RootContent } from 'mdast';
import type { Changelog } from '../check/changelog-file.ts';
import { changeImpact, changeMessage } from './change-inline.ts';
import { changelogLink } from './changelog-page.ts';
import { bulletList, heading, paragraph, root, strong, type Inline } from './mdast-build.ts';
import { serializeMdx } from './serialize-mdx.ts';

/** Every event the changelog mentions → its notes (newest release first), as MDX blocks without frontmatter. */
export function renderEventChangelogSections(changelog: Changelog): Map<string, string> {
  const items = new Map<string, Inline[][]>();
  for (const release of changelog.releases) {
    const when: Inline[] = [strong(release.title)];
    if (release.date) when.push(` (${release.date})`);
    for (const c of release.changes) {
      const impact = changeImpact(c);
      const item: Inline[] = [...when, ': ', ...changeMessage(c)];
      if (impact) item.push(' ', impact);
      const list = items.get(c.event) ?? [];
      list.push(item);
      items.set(c.event, list);
    }
  }
  const sections = new Map<string, string>();
  for (const [event, list] of items) {
    const children: RootContent[] = [heading(2, 'Changelog'), bulletList(list), paragraph('Every release: see the ', changelogLink('changelog'), '.')];
    sections.set(event, serializeFragment(root(children)));
  }
  return sections;
}

/** Serialized by the pages' own serializer (its escaping applies), minus the frontmatter it always adds. */
function serializeFragment(tree: Root): string {
  const page = serializeMdx({}, tree);
  return page.slice(page.indexOf('\n---\n') + 5).replace(/^\n+/, '');
}
