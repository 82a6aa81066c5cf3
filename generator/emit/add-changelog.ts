/**
 * Adds the changelog to a planned output: the changelog page, a "Changelog" section on each event page
 * the changelog mentions, a page at the old URL of each removed event, and a sidebar link. Without a changelog file the plan is unchanged.
 */
import type { Changelog } from '../check/changelog-file.ts';
import { OUTPUT_PATHS } from '../site-contract.ts';
import { CHANGELOG_PAGE, renderChangelogPage } from './changelog-page.ts';
import type { EmitContext } from './emit-context.ts';
import { renderEventChangelogSections } from './event-changelog-section.ts';
import { renderRemovedEventPages } from './removed-event-pages.ts';

/** Mutates `plan` (path → text) in place; returns it sorted by path like planOutput does. */
export function addChangelog(plan: Map<string, string>, changelog: Changelog | null, ctx: EmitContext): Map<string, string> {
  if (!changelog) return plan;
  plan.set(CHANGELOG_PAGE.file, renderChangelogPage(changelog, ctx));
  for (const [file, page] of renderRemovedEventPages(changelog, ctx)) plan.set(file, page);
  for (const [event, section] of renderEventChangelogSections(changelog)) {
    const file = `${OUTPUT_PATHS.eventsDir}/${event}.mdx`;
    const page = ctx.byName.has(event) ? plan.get(file) : undefined;
    if (page !== undefined) plan.set(file, insertSection(page, section));
  }
  const sidebar = plan.get(OUTPUT_PATHS.sidebar);
  if (sidebar !== undefined) plan.set(OUTPUT_PATHS.sidebar, withSidebarLink(sidebar));
  return new Map([...plan.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Before "Related events" (navigation stays last) when the page has it, else at the end. */
function insertSection(page: string, section: string): string {
  const related = page.lastIndexOf('\n## Related events\n');
  if (related === -1) return `${page.replace(/\n*$/, '\n')}\n${section}`;
  return `${page.slice(0, related + 1)}${section}\n${page.slice(related + 1)}`;
}

interface SidebarItem {
  label?: unknown;
  link?: unknown;
  items?: unknown;
}

/** Adds "Changelog" to the Reference group after the human-readable pages (before events.json & co.). */
function withSidebarLink(text: string): string {
  const data = JSON.parse(text) as { sidebar?: unknown };
  const entry = { label: 'Changelog', link: CHANGELOG_PAGE.url };
  const items = Array.isArray(data.sidebar) ? (data.sidebar as SidebarItem[]) : null;
  const reference = items?.find((i) => i.label === 'Reference' && Array.isArray(i.items));
  if (reference && Array.isArray(reference.items)) {
    const list = reference.items as SidebarItem[];
    const firstMachine = list.findIndex((i) => typeof i.link === 'string' && !i.link.endsWith('/'));
    list.splice(firstMachine === -1 ? list.length : firstMachine, 0, entry);
  } else if (items) {
    items.push(entry);
  } else {
    return text;
  }
  return `${JSON.stringify(data, null, 2)}\n`;
}
