/**
 * Everything the page and artifact builders share, computed once per run: the events
 * that are safe to emit, groups with their events, delivery schemas and validated samples.
 */
import type { ResolvedConfig } from '../config.ts';
import type { Diagnostic, EventGroup, JsonSchema, JsonValue, Model, WebhookEvent } from '../model.ts';
import { groupSlug } from '../site-contract.ts';
import { buildDeliverySchema } from './build-event-schema.ts';
import { EMIT_CODES } from './emit-codes.ts';
import { createSampleValidator } from './sample-validator.ts';
import { stableJson } from './stable-json.ts';
import { SAMPLE_TIMESTAMP, stableId, synthesizeSample } from './synthesize-sample.ts';
import { asSchema } from './schema-walk.ts';

/** A group with its slug and the events (catalog order) that belong to it. */
export interface GroupEntry {
  group: EventGroup;
  slug: string;
  events: WebhookEvent[];
}

/** A sample delivery of an event and where its payload came from. */
export interface EventSample {
  delivery: JsonValue;
  source: 'example' | 'synthesized';
}

/** Shared, precomputed facts for one emit run. */
export interface EmitContext {
  model: Model;
  config: ResolvedConfig;
  /** Events safe to emit, in model order. */
  events: WebhookEvent[];
  byName: Map<string, WebhookEvent>;
  /** Index of each event in `events` (catalog order). */
  order: Map<string, number>;
  /** Groups in catalog order; groups without events are left out. */
  groups: GroupEntry[];
  groupOf: Map<string, GroupEntry>;
  /** Deprecated events, by the name of the event that replaces them. */
  aliasesOf: Map<string, WebhookEvent[]>;
  /** Events with the same (non-empty) payload schema, by event name. */
  sameShape: Map<string, WebhookEvent[]>;
  deliverySchemas: Map<string, JsonSchema>;
  samples: Map<string, EventSample>;
}

/** Builds the context; diagnostics (invalid samples, unknown replacements, slug clashes) go to `diagnostics`. */
export function buildEmitContext(model: Model, config: ResolvedConfig, events: WebhookEvent[], diagnostics: Diagnostic[]): EmitContext {
  const byName = new Map(events.map((e) => [e.name, e]));
  const order = new Map(events.map((e, i) => [e.name, i]));
  const groups = buildGroups(model, events, diagnostics);
  const groupOf = new Map<string, GroupEntry>();
  for (const g of groups) for (const e of g.events) groupOf.set(e.name, g);

  const aliasesOf = new Map<string, WebhookEvent[]>();
  for (const e of events) {
    const replacement = e.deprecated?.replacement;
    if (!replacement) continue;
    if (!byName.has(replacement)) {
      diagnostics.push({
        code: EMIT_CODES.unknownReplacement,
        severity: 'warning',
        message: `${e.name} is deprecated in favour of "${replacement}", which is not an emitted event; the replacement is shown without a link.`,
        ...locationOf(e),
        hint: 'Name an existing event in the @deprecated tag (e.g. "@deprecated Use BALANCE_TOPPED_UP").',
      });
      continue;
    }
    aliasesOf.set(replacement, [...(aliasesOf.get(replacement) ?? []), e]);
  }

  const byShape = new Map<string, WebhookEvent[]>();
  for (const e of events) {
    if (!e.payloadSchema || !asSchema(e.payloadSchema.properties) || Object.keys(asSchema(e.payloadSchema.properties) ?? {}).length === 0) continue;
    const key = stableJson(e.payloadSchema);
    byShape.set(key, [...(byShape.get(key) ?? []), e]);
  }
  const sameShape = new Map<string, WebhookEvent[]>();
  for (const list of byShape.values()) if (list.length > 1) for (const e of list) sameShape.set(e.name, list.filter((o) => o !== e));

  const deliverySchemas = new Map<string, JsonSchema>();
  const samples = new Map<string, EventSample>();
  const validate = createSampleValidator();
  for (const e of events) {
    const schema = buildDeliverySchema(e, model.envelope);
    deliverySchemas.set(e.name, schema);
    const sample = sampleFor(e, schema);
    samples.set(e.name, sample);
    const problems = validate(schema, sample.delivery);
    if (problems.length) {
      const shown = problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ');
      diagnostics.push({
        code: EMIT_CODES.invalidSample,
        severity: 'error',
        message: `The sample payload of ${e.name} does not match its schema at ${shown}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}.`,
        ...locationOf(e),
        hint:
          sample.source === 'example'
            ? 'Fix the @example in the source so it matches the payload type.'
            : 'The synthesized sample could not satisfy the schema; add an @example to the payload type or the field.',
      });
    }
  }
  return { model, config, events, byName, order, groups, groupOf, aliasesOf, sameShape, deliverySchemas, samples };
}

function buildGroups(model: Model, events: WebhookEvent[], diagnostics: Diagnostic[]): GroupEntry[] {
  const entries = new Map<string, GroupEntry>();
  for (const group of model.groups) entries.set(group.name, { group, slug: groupSlug(group.name), events: [] });
  for (const e of events) {
    let entry = entries.get(e.group);
    if (!entry) {
      entry = { group: { name: e.group, description: null, source: null }, slug: groupSlug(e.group), events: [] };
      entries.set(e.group, entry);
    }
    entry.events.push(e);
  }
  const bySlug = new Map<string, GroupEntry>();
  const out: GroupEntry[] = [];
  for (const entry of entries.values()) {
    if (entry.events.length === 0) continue;
    const clash = bySlug.get(entry.slug);
    if (clash) {
      diagnostics.push({
        code: EMIT_CODES.groupSlugCollision,
        severity: 'warning',
        message: `Groups "${clash.group.name}" and "${entry.group.name}" share the URL /groups/${entry.slug}/; the events of "${entry.group.name}" are listed on the page of "${clash.group.name}".`,
        ...(entry.group.source ? { location: entry.group.source } : {}),
        hint: 'Rename one of the section comments so the group names differ in letters or digits.',
      });
      clash.events.push(...entry.events);
      continue;
    }
    bySlug.set(entry.slug, entry);
    out.push(entry);
  }
  return out;
}

/** The sample delivery: the `@example` payload when the schema has one, else a synthesized one. */
function sampleFor(event: WebhookEvent, delivery: JsonSchema): EventSample {
  const payload = event.payloadSchema;
  const example = payload && Array.isArray(payload.examples) && payload.examples.length > 0 ? payload.examples[0] : undefined;
  const noun = event.name.split(/[._-]/)[0] || 'data';
  const data = example !== undefined ? example : payload ? synthesizeSample(payload, payload, noun) : {};
  const out: { [key: string]: JsonValue } = {};
  const props = asSchema(delivery.properties) ?? {};
  for (const key of Object.keys(props)) {
    if (key === 'id') out.id = `evt_${stableId(event.name)}`;
    else if (key === 'type') out.type = event.name;
    else if (key === 'created_at') out.created_at = SAMPLE_TIMESTAMP;
    else if (key === 'data') out.data = data as JsonValue;
    else if (Array.isArray(delivery.required) && delivery.required.includes(key)) out[key] = synthesizeSample(asSchema(props[key]) ?? {}, delivery, key);
  }
  if (!('data' in out)) out.data = data as JsonValue;
  return { delivery: out, source: example !== undefined ? 'example' : 'synthesized' };
}

/** `{ location }` of an event's catalog entry or first dispatch site, for diagnostics. */
export function locationOf(e: WebhookEvent): { location?: { file: string; line: number } } {
  const loc = e.catalogSource ?? e.dispatchSites[0];
  return loc ? { location: { file: loc.file, line: loc.line } } : {};
}
