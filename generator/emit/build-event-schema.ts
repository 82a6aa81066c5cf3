/**
 * The JSON Schema files in public/schemas/: the delivered envelope with `data` set to the
 * event's payload schema, `type` pinned to the event name, and `$defs` hoisted to the root.
 */
import type { Envelope, JsonSchema, JsonValue, WebhookEvent } from '../model.ts';
import { GENERATED_MARKER } from '../site-contract.ts';
import { asSchema } from './schema-walk.ts';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Used when the config names no envelope type: the shape every Orbit-like platform sends. */
export const DEFAULT_ENVELOPE_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', description: 'Unique event ID (idempotency key).' },
    type: { type: 'string', description: 'Event type identifier.' },
    created_at: { type: 'string', format: 'date-time', description: 'When the event was created (ISO 8601).' },
    data: { type: 'object', description: 'Event-specific payload.' },
  },
  required: ['id', 'type', 'created_at', 'data'],
};

/** The envelope schema of the model, or the default one. */
export function envelopeSchemaOf(envelope: Envelope | null): JsonSchema {
  return envelope?.schema ?? DEFAULT_ENVELOPE_SCHEMA;
}

/** Schema of a delivery of `event` (without `$id`/`$comment`; see `schemaFile`). */
export function buildDeliverySchema(event: WebhookEvent, envelope: Envelope | null): JsonSchema {
  const env = envelopeSchemaOf(envelope);
  const envDefs = { ...(asSchema(env.$defs) ?? {}) };
  const { $defs: _e, $schema: _s, $id: _i, ...envBody } = env;
  const payload = event.payloadSchema ?? { description: 'The payload type could not be resolved from the source.' };
  const { $defs: pDefs, definitions: pDefinitions, $schema: _ps, $id: _pi, ...payloadBody } = payload;
  const payloadDefs: { [key: string]: JsonValue } = { ...(asSchema(pDefinitions) ?? {}), ...(asSchema(pDefs) ?? {}) };
  // Payload defs that clash with envelope defs of another shape are renamed.
  const renames = new Map<string, string>();
  for (const [name, def] of Object.entries(payloadDefs)) {
    if (name in envDefs && JSON.stringify(envDefs[name]) !== JSON.stringify(def)) renames.set(name, uniqueName(`Payload${name}`, envDefs, payloadDefs));
  }
  const rewrite = (v: JsonValue): JsonValue => rewriteRefs(v, renames);
  const defs: { [key: string]: JsonValue } = { ...envDefs };
  for (const [name, def] of Object.entries(payloadDefs)) defs[renames.get(name) ?? name] = rewrite(def);
  const properties = { ...(asSchema(envBody.properties) ?? {}) };
  // `const` replaces the envelope's `enum` of every event name, which made each schema O(N) (OOM at 5,000 events).
  const { enum: _everyName, ...typeProp } = asSchema(properties.type) ?? { type: 'string' };
  properties.type = { ...typeProp, const: event.name };
  properties.data = rewrite(payloadBody);
  const schema: JsonSchema = { ...envBody, title: event.name, properties };
  if (event.summary) schema.description = event.summary;
  if (event.deprecated) schema.deprecated = true;
  if (Object.keys(defs).length) schema.$defs = defs;
  return schema;
}

/** Wraps a schema as a standalone file: `$schema`, `$id` (when the site URL is known) and the marker. */
export function schemaFile(schema: JsonSchema, fileName: string, siteUrl: string | undefined): JsonSchema {
  const file: JsonSchema = { $schema: JSON_SCHEMA_DIALECT, $comment: GENERATED_MARKER, ...schema };
  if (siteUrl) file.$id = `${siteUrl.replace(/\/+$/, '')}/schemas/${fileName}`;
  return file;
}

/** Rewrites payload-local refs so they resolve from the envelope root. */
function rewriteRefs(value: JsonValue, renames: Map<string, string>): JsonValue {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, renames));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === '$ref' && typeof v === 'string' ? rewriteRef(v, renames) : rewriteRefs(v, renames);
  }
  return out;
}

function rewriteRef(ref: string, renames: Map<string, string>): string {
  const def = /^#\/(?:\$defs|definitions)\/([^/]+)(.*)$/.exec(ref);
  if (def) {
    const raw = def[1] ?? '';
    const renamed = renames.get(decodeURIComponent(raw));
    return `#/$defs/${renamed ? encodeURIComponent(renamed) : raw}${def[2] ?? ''}`;
  }
  if (ref === '#') return '#/properties/data';
  if (ref.startsWith('#/')) return `#/properties/data${ref.slice(1)}`;
  return ref;
}

function uniqueName(base: string, ...taken: { [key: string]: JsonValue }[]): string {
  let name = base;
  for (let i = 2; taken.some((t) => name in t); i++) name = `${base}${i}`;
  return name;
}
