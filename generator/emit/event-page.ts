/**
 * The page of one event (content/events/<name>.mdx), built as an mdast tree.
 */
import type { BlockContent, List, PhrasingContent, RootContent } from 'mdast';
import type { DocTag, JsonSchema, WebhookEvent } from '../model.ts';
import { EVENT_DATA_COMPONENTS, EVENT_DATA_COMPONENTS_DIR, eventUrl, groupUrl, type EventData } from '../site-contract.ts';
import type { EmitContext } from './emit-context.ts';
import { buildEventData } from './event-data.ts';
import { MAX_ROWS } from './flatten-fields.ts';
import { formatRetrySchedule } from './format-retry-schedule.ts';
import { aside, badge, bulletList, code, componentImport, esmBlock, heading, jsxFlow, jsxNamesIn, link, paragraph, paragraphs, root, starlightImport, strong, type Inline } from './mdast-build.ts';
import { eventFrontmatter, isDocumented } from './page-frontmatter.ts';
import { relatedEvents } from './related-events.ts';
import { serializeMdx } from './serialize-mdx.ts';
import { oneLine } from './sanitize-text.ts';
import { sourceLink } from './source-link.ts';
import { asSchema, deref } from './schema-walk.ts';

/** Tags about delivery (shown under "Delivery and retries"); all other tags are "Notes". */
const DELIVERY_TAG = /^(retr(y|ies)|idempoten(t|cy)|order(ing)?|delivery|dedup(e|lication)?)$/i;

/** Starlight's components an event page may use. */
const STARLIGHT_COMPONENTS = ['Aside', 'Badge'];

/**
 * The MDX text of an event's page. The field table and the sample are data (event-data.ts) that site
 * components render: the page keeps the prose and the headings (so the table of contents lists them).
 * `data` is the event's data file, when the caller has already built it.
 */
export function renderEventPage(event: WebhookEvent, ctx: EmitContext, data: EventData = buildEventData(event, ctx)): string {
  const children: RootContent[] = [];
  children.push(metaLine(event, ctx));
  children.push(...statusAsides(event, ctx));
  if (isDocumented(event)) children.push(...paragraphs(event.description ?? event.summary ?? ''));
  children.push(...notesSection(event, ctx));
  children.push(...payloadSection(event, data.fields.length));
  children.push(...sampleSection(event, ctx));
  children.push(...deliverySection(event, ctx));
  children.push(...dispatchSection(event, ctx));
  children.push(...relatedSection(event, ctx));
  const used = jsxNamesIn(children);
  const starlight = STARLIGHT_COMPONENTS.filter((name) => used.has(name));
  const imports = [
    ...(starlight.length ? [starlightImport(starlight)] : []),
    ...Object.values(EVENT_DATA_COMPONENTS).flatMap((name) => (used.has(name) ? [componentImport(name, EVENT_DATA_COMPONENTS_DIR)] : [])),
  ];
  return serializeMdx(eventFrontmatter(event), root(imports.length ? [esmBlock(imports), ...children] : children));
}

/** Badges and the group link, right under the title. */
function metaLine(event: WebhookEvent, ctx: EmitContext): RootContent {
  // NOTE: no Deprecated badge here: the site's PageTitle shows it beside the title from the frontmatter.
  const parts: Inline[] = [];
  if (!event.inCatalog) parts.push(badge('Not in catalog', 'danger'), ' ');
  if (event.since) parts.push(badge(`Since ${oneLine(event.since)}`, 'note'), ' ');
  const group = ctx.groupOf.get(event.name);
  parts.push('Group: ', link(groupUrl(group?.group.name ?? event.group), group?.group.name ?? event.group));
  return paragraph(...parts);
}

function statusAsides(event: WebhookEvent, ctx: EmitContext): RootContent[] {
  const out: RootContent[] = [];
  if (event.deprecated) {
    const replacement = event.deprecated.replacement;
    const body: BlockContent[] = [
      replacement
        ? paragraph('Use ', eventLink(replacement, ctx), ' instead; new integrations should subscribe to it.')
        : paragraph('This event is deprecated and may stop being sent.'),
    ];
    if (oneLine(event.deprecated.message)) body.push(paragraph('The source says: “', oneLine(event.deprecated.message), '”'));
    out.push(aside('caution', 'Deprecated', body));
  }
  if (!event.inCatalog) {
    const catalog = ctx.config.catalog;
    out.push(
      aside('danger', 'Not in the event catalog', [
        paragraph(
          'The code dispatches this event (see ',
          link('#dispatched-from', 'Dispatched from'),
          '), but it is missing from the catalog ',
          code(catalog.export),
          ' in ',
          code(catalog.file),
          '. Subscribing to it by name returns 422; only endpoints subscribed to ',
          code('"*"'),
          ' receive it. See ',
          link('/reference/subscribing/', 'Subscribing'),
          '.',
        ),
      ]),
    );
  }
  if (!isDocumented(event)) {
    const where = event.catalogSource;
    const first = where
      ? paragraph('The source has no JSDoc comment for this event. Add one above its entry at ', sourceLink(ctx.config, where.file, where.line), ' to describe when it fires.')
      : paragraph('The source has no JSDoc comment for this event: it has no catalog entry to carry one. Add it to ', code(ctx.config.catalog.export), ' with a comment that says when it fires.');
    const second = paragraph(
      'Until then, this page shows what the code itself tells: the group, the payload fields',
      event.payloadSchema && payloadDescription(event.payloadSchema) ? ' (with the comment of the payload type)' : '',
      ' and where the event is dispatched.',
    );
    out.push(aside('note', 'No description in source yet', [first, second]));
  }
  return out;
}

function notesSection(event: WebhookEvent, ctx: EmitContext): RootContent[] {
  const tags = event.tags.filter((t) => !DELIVERY_TAG.test(t.name) && t.name !== 'example');
  const items: Inline[][] = tags.map(tagItem);
  for (const see of event.see) items.push(['See also: ', ...seeTarget(see, ctx)]);
  if (items.length === 0) return [];
  return [heading(2, 'Notes'), bulletList(items)];
}

function tagItem(tag: DocTag): Inline[] {
  const label = tag.name.charAt(0).toUpperCase() + tag.name.slice(1);
  return oneLine(tag.text) ? [strong(label), ': ', oneLine(tag.text)] : [strong(label)];
}

/** A `@see` target: an event name becomes a link to its page, an http(s) URL a link, anything else text. */
function seeTarget(see: string, ctx: EmitContext): Inline[] {
  const trimmed = oneLine(see);
  const first = trimmed.split(' ')[0] ?? '';
  if (ctx.byName.has(first)) return [eventLink(first, ctx), trimmed.slice(first.length)];
  if (/^https?:\/\/\S+$/i.test(first)) return [link(first, first), trimmed.slice(first.length)];
  return [trimmed];
}

function payloadSection(event: WebhookEvent, fieldCount: number): RootContent[] {
  const out: RootContent[] = [heading(2, 'Payload')];
  const types = [...new Set(event.dispatchSites.map((s) => oneLine(s.payloadType)).filter(Boolean))];
  if (!event.payloadSchema) {
    out.push(
      paragraph(
        event.dispatchSites.length
          ? 'The payload type at the dispatch sites could not be turned into a schema, so its fields are not listed here.'
          : 'No dispatch site was found in the source, so the payload is unknown.',
      ),
    );
    return out;
  }
  const intro: Inline[] = ['The ', code('data'), ' object of the ', link('/reference/envelope/', 'envelope'), '.'];
  if (types.length) intro.push(' TypeScript type: ', ...types.flatMap((t, i) => (i ? [', ', code(t)] : [code(t)])), '.');
  out.push(paragraph(...intro));
  // The payload type's own JSDoc: often the only prose for events missing from the catalog.
  const typeDoc = payloadDescription(event.payloadSchema);
  if (typeDoc) out.push(...paragraphs(typeDoc));
  if (fieldCount === 0) {
    out.push(paragraph('The payload has no documented fields.'));
    return out;
  }
  out.push(jsxFlow(EVENT_DATA_COMPONENTS.fields, { event: event.name }, []));
  if (fieldCount >= MAX_ROWS) out.push(paragraph(`Only the first ${MAX_ROWS} fields are listed; see the JSON Schema for the rest.`));
  return out;
}

/** The root `description` of a payload schema (following a root `$ref`), when it has text. */
export function payloadDescription(payload: JsonSchema): string | null {
  const own = typeof payload.description === 'string' ? payload.description : null;
  const resolved = own ?? (typeof deref(payload, payload).schema.description === 'string' ? (deref(payload, payload).schema.description as string) : null);
  return resolved && !isNameLabel(resolved) ? resolved : null;
}

/**
 * True for a comment that only names events (`message.delivered / message.read`,
 * `whatsapp.template.*`): a label for the source reader that tells a page reader nothing.
 */
function isNameLabel(text: string): boolean {
  const words = oneLine(text)
    .replace(/[a-z0-9_]+(?:\.[a-z0-9_*]+)+/gi, ' ')
    .replace(/\b(and|or)\b/gi, ' ')
    .replace(/[\s/,;:.&|()*-]+/g, '');
  return words.length === 0;
}

function sampleSection(event: WebhookEvent, ctx: EmitContext): RootContent[] {
  const sample = ctx.samples.get(event.name);
  if (!sample) return [];
  const origin =
    sample.source === 'example'
      ? 'The payload is the example given in the source'
      : 'The payload is synthesized from the payload schema (values are illustrative)';
  return [
    heading(2, 'Sample payload'),
    paragraph(
      'A delivery as your endpoint receives it. ',
      origin,
      ' and validated against the JSON Schema ',
      link(`/schemas/${event.name}.json`, code(`schemas/${event.name}.json`)),
      '.',
    ),
    jsxFlow(EVENT_DATA_COMPONENTS.sample, { event: event.name }, []),
  ];
}

function deliverySection(event: WebhookEvent, ctx: EmitContext): RootContent[] {
  const items: Inline[][] = [];
  const policy = ctx.model.retryPolicy;
  if (policy) {
    const item: Inline[] = ['Failed deliveries are retried on the platform schedule: ', formatRetrySchedule(policy), '. See ', link('/reference/retries/', 'Retries'), '.'];
    items.push(item);
  } else {
    items.push(['The retry schedule was not found in the source; see ', link('/reference/retries/', 'Retries'), '.']);
  }
  for (const tag of event.tags.filter((t) => DELIVERY_TAG.test(t.name))) items.push(tagItem(tag));
  const envelope = ctx.model.envelope;
  if (envelope?.maxPayloadBytes) {
    const props = Object.keys(asSchema(event.payloadSchema?.properties) ?? {});
    const kept = envelope.pointerFields.filter((f) => props.includes(f));
    const item: Inline[] = [
      `Payloads over ${formatBytes(envelope.maxPayloadBytes)} are replaced by a pointer envelope (`,
      code('truncated: true'),
      ') that keeps only identifier fields',
    ];
    if (kept.length) item.push(' (for this event: ', ...kept.flatMap((f, i) => (i ? [', ', code(f)] : [code(f)])), ')');
    item.push('; fetch the full resource through the API. See ', link('/reference/envelope/', 'Envelope'), '.');
    items.push(item);
  } else {
    items.push(['Every delivery is wrapped in the ', link('/reference/envelope/', 'envelope'), '.']);
  }
  return [heading(2, 'Delivery and retries'), bulletList(items)];
}

/** `262144` → `256 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

function dispatchSection(event: WebhookEvent, ctx: EmitContext): RootContent[] {
  const out: RootContent[] = [heading(2, 'Dispatched from')];
  if (event.dispatchSites.length === 0) {
    out.push(paragraph('No call in the source dispatches this event: it is in the catalog but may never be sent.'));
  } else {
    const items: Inline[][] = event.dispatchSites.map((site) => {
      const item: Inline[] = [sourceLink(ctx.config, site.file, site.line), ': ', code(site.function)];
      if (site.via.length) {
        item.push(', via ');
        site.via.forEach((v, i) => {
          if (i) item.push(' → ');
          item.push(code(v.function), ' (', sourceLink(ctx.config, v.file, v.line), ')');
        });
      }
      return item;
    });
    out.push(bulletList(items));
  }
  if (event.catalogSource) {
    out.push(paragraph('Declared in the catalog at ', sourceLink(ctx.config, event.catalogSource.file, event.catalogSource.line), '.'));
  }
  return out;
}

function relatedSection(event: WebhookEvent, ctx: EmitContext): RootContent[] {
  const related = relatedEvents(event, ctx);
  const lists: RootContent[] = [];
  const list = (label: string, events: WebhookEvent[]): void => {
    if (events.length === 0) return;
    lists.push(paragraph(strong(label)));
    lists.push(eventList(events, ctx));
  };
  list('Replaced by', related.replacement ? [related.replacement] : []);
  list('Deprecated aliases', related.aliases);
  list('Same payload shape', related.sameShape);
  list(`More in ${related.groupName}`, related.sameGroup);
  const group = ctx.groupOf.get(event.name);
  const listed = [related.replacement, ...related.aliases, ...related.sameShape, ...related.sameGroup].filter((e) => e && ctx.groupOf.get(e.name) === group).length;
  if (group && group.events.length > listed + 1) {
    lists.push(paragraph('All ', String(group.events.length), ' events of the group: ', link(groupUrl(group.group.name), group.group.name), '.'));
  }
  return lists.length ? [heading(2, 'Related events'), ...lists] : [];
}

/** A list of event links with their one-line summaries. */
export function eventList(events: WebhookEvent[], ctx: EmitContext): List {
  return bulletList(events.map((e) => summaryItem(e, ctx)));
}

function summaryItem(e: WebhookEvent, ctx: EmitContext): Inline[] {
  const item: Inline[] = [eventLink(e.name, ctx)];
  if (e.deprecated) item.push(' ', badge('Deprecated', 'caution'));
  if (e.summary && oneLine(e.summary)) item.push(': ', oneLine(e.summary));
  return item;
}

/** A link to an event's page (plain code text when the event has no page). */
export function eventLink(name: string, ctx: EmitContext): PhrasingContent {
  return ctx.byName.has(name) ? (link(eventUrl(name), code(name)) as PhrasingContent) : code(name);
}

