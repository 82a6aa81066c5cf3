/**
 * A page for each event the changelog says was removed, at its old URL `/events/<name>/`: API error pages
 * and old bookmarks still link there, so they land on "removed in <release>, use <replacement>" instead of a 404.
 */
import type { RootContent } from 'mdast';
import type { Changelog } from '../check/changelog-file.ts';
import { OUTPUT_PATHS } from '../site-contract.ts';
import { CHANGELOG_PAGE } from './changelog-page.ts';
import type { EmitContext } from './emit-context.ts';
import { eventLink } from './event-page.ts';
import { aside, link, paragraph, root, starlightImport, type Inline } from './mdast-build.ts';
import { serializeMdx } from './serialize-mdx.ts';
import { unsafeNameRule } from './validate-event-names.ts';

/** What the changelog knows about one removed event. */
export interface RemovedEvent {
  name: string;
  /** Title of the release that removed it (the newest one, if it was removed more than once). */
  release: string;
  date: string | null;
  /** The replacement named when it was deprecated, if any release recorded that. */
  replacement: string | null;
}

/** Removed events that have no live page; names unsafe as file names are skipped (they never had a page). */
export function removedEvents(changelog: Changelog, live: ReadonlySet<string>): RemovedEvent[] {
  const found = new Map<string, RemovedEvent>();
  // Releases are newest first: the first removal seen is the latest one.
  for (const release of changelog.releases) {
    for (const change of release.changes) {
      if (change.kind !== 'event.removed' || found.has(change.event) || live.has(change.event)) continue;
      if (unsafeNameRule(change.event) !== null) continue;
      found.set(change.event, { name: change.event, release: release.title, date: release.date, replacement: null });
    }
  }
  for (const release of changelog.releases) {
    for (const change of release.changes) {
      const removed = found.get(change.event);
      if (removed && removed.replacement === null && change.kind === 'event.deprecated' && change.after) removed.replacement = change.after;
    }
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Planned files (path → MDX) of the removed events' pages. */
export function renderRemovedEventPages(changelog: Changelog, ctx: EmitContext): Map<string, string> {
  const pages = new Map<string, string>();
  for (const removed of removedEvents(changelog, new Set(ctx.byName.keys()))) {
    pages.set(`${OUTPUT_PATHS.eventsDir}/${removed.name}.mdx`, renderRemovedEventPage(removed, ctx));
  }
  return pages;
}

function renderRemovedEventPage(removed: RemovedEvent, ctx: EmitContext): string {
  const when: Inline[] = ['This event was removed in ', link(CHANGELOG_PAGE.url, removed.release)];
  if (removed.date) when.push(` (${removed.date})`);
  when.push('. It is no longer sent, and subscribing to it fails with 422.');
  const replacement = removed.replacement && ctx.byName.has(removed.replacement) ? removed.replacement : null;
  const next: Inline[] = replacement
    ? ['Subscribe to ', eventLink(replacement, ctx), ' instead.']
    : ['Nothing replaces it; see the ', link('/events/', 'event catalog'), ' for the events sent today.'];
  const children: RootContent[] = [starlightImport(['Aside']), aside('caution', 'Removed', [paragraph(...when), paragraph(...next)])];
  return serializeMdx(
    {
      title: removed.name,
      description: `${removed.name} was removed in ${removed.release}.`,
      slug: `events/${removed.name}`,
      tableOfContents: false,
      webhook: { kind: 'removed', name: removed.name, removedIn: removed.release, replacement },
    },
    root(children),
  );
}
