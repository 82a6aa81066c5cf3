/**
 * The catalog index (content/events/index.mdx): every event, grouped by section, one
 * table per group inside `<div id="catalog">` so the site's filter script can hide rows.
 * The only page that lists every event.
 */
import type { RootContent } from 'mdast';
import type { WebhookEvent } from '../model.ts';
import { groupUrl } from '../site-contract.ts';
import type { EmitContext } from './emit-context.ts';
import { eventLink } from './event-page.ts';
import { badge, code, heading, jsxFlow, link, paragraph, root, starlightImport, table, type Inline } from './mdast-build.ts';
import { isDocumented, pageFrontmatter } from './page-frontmatter.ts';
import { oneLine } from './sanitize-text.ts';
import { serializeMdx } from './serialize-mdx.ts';

/** The MDX text of the catalog index. */
export function renderCatalogPage(ctx: EmitContext): string {
  const { events, groups } = ctx;
  const inCatalog = events.filter((e) => e.inCatalog).length;
  const notInCatalog = events.length - inCatalog;
  const deprecated = events.filter((e) => e.deprecated).length;
  const undocumented = events.filter((e) => !isDocumented(e)).length;
  const intro: Inline[] = [
    `${events.length} webhook events in ${groups.length} groups: ${inCatalog} in the catalog`,
    notInCatalog ? `, ${notInCatalog} dispatched by the code but missing from the catalog` : '',
    deprecated ? `, ${deprecated} deprecated` : '',
    '. ',
  ];
  if (undocumented) intro.push(`${undocumented} have no description in the source yet (shown as “—”). `);
  intro.push('Subscribe with ', code('"events": ["*"]'), ' or a list of names; see ', link('/reference/subscribing/', 'Subscribing'), '.');
  const sections: RootContent[] = [];
  for (const g of groups) {
    sections.push(heading(2, g.group.name));
    const about: Inline[] = [`${g.events.length} event${g.events.length === 1 ? '' : 's'}`];
    if (g.group.description && oneLine(g.group.description)) about.push(`. ${oneLine(g.group.description).replace(/\.$/, '')}`);
    about.push('. ', link(groupUrl(g.group.name), `${g.group.name} group page`), '.');
    sections.push(paragraph(...about));
    sections.push(eventTable(g.events, ctx));
  }
  const tree = root([starlightImport(['Badge']), paragraph(...intro.filter((p) => p !== '')), jsxFlow('div', { id: 'catalog' }, sections)]);
  return serializeMdx(
    pageFrontmatter('catalog', 'Event catalog', `All ${events.length} webhook events of ${ctx.config.site.title}, grouped by section.`, 'events'),
    tree,
  );
}

/** A table of events: link, one-line summary (or “—”), status badges. Used by the catalog and group pages. */
export function eventTable(events: WebhookEvent[], ctx: EmitContext) {
  return table(
    ['Event', 'Description', 'Status'],
    events.map((e) => [[eventLink(e.name, ctx)], [e.summary && oneLine(e.summary) ? oneLine(e.summary) : '—'], statusCell(e, ctx)]),
  );
}

function statusCell(e: WebhookEvent, ctx: EmitContext): Inline[] {
  const parts: Inline[] = [];
  if (e.deprecated) {
    parts.push(badge('Deprecated', 'caution'));
    if (e.deprecated.replacement) parts.push(' use ', eventLink(e.deprecated.replacement, ctx));
  }
  if (!e.inCatalog) {
    if (parts.length) parts.push(' ');
    parts.push(badge('Not in catalog', 'danger'));
  }
  return parts;
}
