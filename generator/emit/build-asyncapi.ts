/**
 * public/asyncapi.json: an AsyncAPI 3.0.0 document, one channel, `receive` operation and
 * message per event. Payload `$defs` move to components.schemas (refs in an AsyncAPI
 * document resolve from the document root).
 */
import type { JsonSchema, JsonValue } from '../model.ts';
import { eventUrl, GENERATED_MARKER } from '../site-contract.ts';
import type { EmitContext } from './emit-context.ts';
import { oneLine, sanitizeText } from './sanitize-text.ts';
import { asSchema } from './schema-walk.ts';
import { sortKeys } from './stable-json.ts';

/** The AsyncAPI document's JSON value. */
export function buildAsyncApi(ctx: EmitContext): JsonValue {
  const { config } = ctx;
  const channels: { [key: string]: JsonValue } = {};
  const operations: { [key: string]: JsonValue } = {};
  const messages: { [key: string]: JsonValue } = {};
  const schemas: { [key: string]: JsonValue } = {};
  const schemaKeyByContent = new Map<string, string>();
  const ids = new Set<string>();
  for (const event of ctx.events) {
    const id = uniqueId(event.name, ids);
    const delivery = ctx.deliverySchemas.get(event.name);
    if (!delivery) continue;
    const { $defs, ...body } = delivery;
    const renames = new Map<string, string>();
    for (const [name, def] of Object.entries(asSchema($defs) ?? {})) {
      const content = JSON.stringify(def);
      const existing = schemaKeyByContent.get(`${name}\u0000${content}`);
      if (existing) {
        renames.set(name, existing);
        continue;
      }
      let key = componentKey(name);
      for (let i = 2; key in schemas; i++) key = `${componentKey(name)}_${i}`;
      schemas[key] = toAsyncApiSchema(def);
      schemaKeyByContent.set(`${name}\u0000${content}`, key);
      renames.set(name, key);
    }
    // Renamed defs may reference each other: rewrite inside them too.
    for (const key of new Set(renames.values())) schemas[key] = rewriteRefs(schemas[key] as JsonValue, renames);
    const payload = rewriteRefs(toAsyncApiSchema(body), renames) as JsonSchema;
    const message: { [key: string]: JsonValue } = {
      name: event.name,
      title: event.name,
      contentType: 'application/json',
      payload,
      tags: [{ name: event.group }],
      externalDocs: { url: absolute(config.site.url, eventUrl(event.name)) },
    };
    if (event.summary && oneLine(event.summary)) message.summary = oneLine(event.summary);
    if (event.description && sanitizeText(event.description).trim()) message.description = sanitizeText(event.description).trim();
    const sample = ctx.samples.get(event.name);
    if (sample) message.examples = [{ name: sample.source === 'example' ? 'example' : 'synthesized', payload: sample.delivery }];
    messages[id] = message;
    channels[id] = {
      address: event.name,
      title: event.name,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
      ...(event.deprecated ? { description: `Deprecated${event.deprecated.replacement ? `: use ${event.deprecated.replacement}` : ''}.` } : {}),
    };
    operations[`receive_${id}`] = {
      action: 'receive',
      title: `Receive ${event.name}`,
      channel: { $ref: `#/channels/${id}` },
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
  }
  const info: { [key: string]: JsonValue } = {
    title: config.site.title,
    version: '1.0.0',
    description: `${config.site.description ? `${oneLine(config.site.description)}\n\n` : ''}${GENERATED_MARKER}.`,
  };
  if (config.site.url) info.externalDocs = { url: config.site.url };
  // AsyncAPI allows no `$comment` at the root: the marker is an `x-` extension of `info`,
  // which renderAsyncApi keeps near the top of the file where generated files are recognized.
  info['x-generated'] = GENERATED_MARKER;
  return {
    asyncapi: '3.0.0',
    info,
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages, schemas },
  };
}

/** The file text: keys sorted, except `asyncapi` and `info` first (the generated marker lives in `info`). */
export function renderAsyncApi(ctx: EmitContext): string {
  const sorted = sortKeys(buildAsyncApi(ctx)) as { [key: string]: JsonValue };
  return `${JSON.stringify({ asyncapi: sorted.asyncapi ?? null, info: sorted.info ?? null, ...sorted }, null, 2)}\n`;
}

/** Keywords whose value maps names to schemas (their keys are not keywords). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is data, copied as is. */
const DATA_KEYWORDS = new Set(['examples', 'default', 'const', 'enum']);

/**
 * A JSON Schema as an AsyncAPI Schema Object: the same, except that AsyncAPI's `discriminator`
 * is the property name itself, where the OpenAPI form the extractor writes is `{ propertyName }`.
 */
export function toAsyncApiSchema(value: JsonValue, inMap = false): JsonValue {
  if (Array.isArray(value)) return value.map((v) => toAsyncApiSchema(v));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(value)) {
    if (inMap) out[k] = toAsyncApiSchema(v);
    else if (DATA_KEYWORDS.has(k)) out[k] = v;
    else if (k === 'discriminator') {
      const name = typeof v === 'string' ? v : asSchema(v) && typeof (v as JsonSchema).propertyName === 'string' ? ((v as JsonSchema).propertyName as string) : null;
      if (name) out[k] = name;
    } else out[k] = toAsyncApiSchema(v, SCHEMA_MAPS.has(k));
  }
  return out;
}

/** AsyncAPI component keys allow letters, digits, `.`, `-` and `_`; channel ids avoid dots for readability. */
function uniqueId(name: string, taken: Set<string>): string {
  const base = name.replace(/[^A-Za-z0-9_-]+/g, '_');
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}_${i}`;
  taken.add(id);
  return id;
}

function componentKey(name: string): string {
  return decodeURIComponent(name).replace(/[^A-Za-z0-9._-]+/g, '_') || 'Schema';
}

function rewriteRefs(value: JsonValue, renames: Map<string, string>): JsonValue {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, renames));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === '$ref' && typeof v === 'string') {
      const m = /^#\/\$defs\/([^/]+)(.*)$/.exec(v);
      const target = m ? renames.get(decodeURIComponent(m[1] ?? '')) : undefined;
      out[k] = m && target ? `#/components/schemas/${target}${m[2] ?? ''}` : v;
    } else {
      out[k] = rewriteRefs(v, renames);
    }
  }
  return out;
}

function absolute(siteUrl: string | undefined, url: string): string {
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}${url}` : `https://example.invalid${url}`;
}
