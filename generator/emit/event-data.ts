/**
 * The data file of one event (content/event-data/<name>.json): its payload field rows and its sample
 * delivery, which the site's PayloadFields and SamplePayload components render on the event page.
 */
import type { JsonValue, WebhookEvent } from '../model.ts';
import { fieldAnchor, GENERATED_MARKER, type EventData, type EventField } from '../site-contract.ts';
import { literal, MAX_INLINE_ENUM } from './describe-type.ts';
import type { EmitContext } from './emit-context.ts';
import { flattenFields, type FieldRow } from './flatten-fields.ts';
import { oneLine, sanitizeText } from './sanitize-text.ts';
import { stableJson } from './stable-json.ts';

/** The data an event page's components render. */
export function buildEventData(event: WebhookEvent, ctx: EmitContext): EventData {
  const sample = ctx.samples.get(event.name);
  return {
    name: event.name,
    fields: event.payloadSchema ? flattenFields(event.payloadSchema).map(eventField) : [],
    sample: sample ? sanitizeText(JSON.stringify(sample.delivery, null, 2)) : null,
  };
}

/** The file text: sorted keys, the generated marker as `$comment`. */
export function renderEventData(data: EventData): string {
  return stableJson({ $comment: GENERATED_MARKER, ...data });
}

function eventField(row: FieldRow): EventField {
  const path = oneLine(row.path);
  // The Nullable column says it, so the type need not repeat `| null`.
  const type = oneLine(row.nullable && row.type.endsWith(' | null') ? row.type.slice(0, -' | null'.length) : row.type);
  const values = row.enumValues?.filter((v) => v !== null) ?? [];
  return {
    path,
    anchor: fieldAnchor(path.replace(/\s+/g, '-')),
    type,
    required: row.required,
    nullable: row.nullable,
    deprecated: row.deprecated,
    description: row.description && oneLine(row.description) ? oneLine(row.description) : null,
    oneOf: values.length > MAX_INLINE_ENUM ? values.map((v) => oneLine(literal(v))) : [],
    defaultValue: row.defaultValue === undefined ? null : oneLine(literal(row.defaultValue)),
    example: row.examples.length ? oneLine(shortLiteral(row.examples[0] as JsonValue)) : null,
  };
}

function shortLiteral(v: JsonValue): string {
  const s = literal(v);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
