/**
 * public/events.json: the machine index of events (`{ "$comment", "events": [...] }`), in catalog order.
 */
import type { JsonValue } from '../model.ts';
import { eventUrl, GENERATED_MARKER, type EventsIndexEntry } from '../site-contract.ts';
import type { EmitContext } from './emit-context.ts';
import { oneLine } from './sanitize-text.ts';

/** The events index file's JSON value. */
export function buildEventsIndex(ctx: EmitContext): JsonValue {
  const events = ctx.events.map(
    (e): EventsIndexEntry => ({
      name: e.name,
      group: e.group,
      summary: e.summary && oneLine(e.summary) ? oneLine(e.summary) : null,
      deprecated: e.deprecated !== null,
      replacement: e.deprecated?.replacement ?? null,
      inCatalog: e.inCatalog,
      url: eventUrl(e.name),
      schemaUrl: `/schemas/${e.name}.json`,
    }),
  );
  return { $comment: GENERATED_MARKER, events: events as unknown as JsonValue };
}
