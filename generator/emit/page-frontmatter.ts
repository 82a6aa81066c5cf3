/**
 * Frontmatter of generated pages: Starlight's keys plus the `webhook` block of the site contract.
 */
import type { WebhookEvent } from '../model.ts';
import type { FrontmatterValue } from './render-frontmatter.ts';
import { oneLine } from './sanitize-text.ts';

/** Table of contents limited to h2: event pages have a handful of sections. */
export const H2_TOC = { minHeadingLevel: 2, maxHeadingLevel: 2 } as const;

/** The `description` of an event page: its summary, or an honest fallback. */
export function eventDescription(event: WebhookEvent): string {
  if (event.summary && oneLine(event.summary)) return oneLine(event.summary);
  return `${event.name} webhook event (${oneLine(event.group)} group). No description in source yet.`;
}

/** True when the source documents the event (a summary or description). */
export const isDocumented = (event: WebhookEvent): boolean => Boolean(oneLine(event.description ?? '') || oneLine(event.summary ?? ''));

/** Frontmatter of an event page. */
export function eventFrontmatter(event: WebhookEvent): Record<string, FrontmatterValue> {
  return {
    title: event.name,
    description: eventDescription(event),
    slug: `events/${event.name}`,
    tableOfContents: { ...H2_TOC },
    webhook: {
      kind: 'event',
      name: event.name,
      group: event.group,
      inCatalog: event.inCatalog,
      deprecated: event.deprecated ? { replacement: event.deprecated.replacement } : null,
      documented: isDocumented(event),
    },
  };
}

/** Frontmatter of a non-event generated page. */
export function pageFrontmatter(
  kind: 'catalog' | 'group' | 'reference' | 'home',
  title: string,
  description: string,
  slug: string,
  tableOfContents: FrontmatterValue = { ...H2_TOC },
): Record<string, FrontmatterValue> {
  const fm: Record<string, FrontmatterValue> = { title: oneLine(title), description: oneLine(description) };
  // The home page's id is `index`; Starlight wants no slug there.
  if (slug) fm.slug = slug;
  fm.tableOfContents = tableOfContents;
  fm.webhook = { kind };
  return fm;
}
