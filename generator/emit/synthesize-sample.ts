/**
 * Deterministic sample values from a payload schema: realistic by field name and format
 * (ids, ISO timestamps, E.164 numbers, emails, URLs, enum values), stable across runs.
 */
import { createHash } from 'node:crypto';
import type { JsonSchema, JsonValue } from '../model.ts';
import { asSchema, deref, isNullSchema, mergeAllOf, propertiesOf, requiredOf, schemaList, typeList, unwrapNullable } from './schema-walk.ts';

/** The fixed instant every synthesized timestamp uses (no clock: output is byte-identical across runs). */
export const SAMPLE_TIMESTAMP = '2026-05-30T12:00:00Z';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID-looking id derived from `seed` (`01HZX3…`): stable, unique per seed. */
export function stableId(seed: string): string {
  const bytes = createHash('sha256').update(seed).digest();
  let out = '01HZ';
  for (let i = 0; out.length < 26; i++) out += CROCKFORD[(bytes[i] ?? 0) % 32];
  return out;
}

const ID_PREFIXES: Record<string, string> = {
  message: 'msg', contact: 'con', conversation: 'conv', campaign: 'cmp', call: 'call', tenant: 'ten',
  conference: 'cnf', participant: 'par', recording: 'rec', agent: 'agt', flow: 'flow', execution: 'exe',
  verification: 'ver', number: 'num', phone_number: 'pn', list: 'lst', segment: 'seg', webhook: 'wh',
  endpoint: 'ep', user: 'usr', account: 'acct', session: 'ses', import_batch: 'imp', template: 'tpl',
  event: 'evt', invoice: 'inv', transaction: 'txn', organization: 'org', org: 'org', trunk: 'trk', workspace: 'ws',
};

/** Synthesizes a value for `schema`; `path` (e.g. `data.details.reason`) seeds ids. */
export function synthesizeSample(schema: JsonSchema, root: JsonSchema = schema, path = 'data'): JsonValue {
  return synth(schema, root, path, lastKey(path), 0, new Set());
}

function synth(schema: JsonSchema, root: JsonSchema, path: string, key: string, depth: number, refs: Set<string>): JsonValue {
  const { schema: resolved, ref, cyclic } = deref(schema, root);
  if (cyclic || (ref && refs.has(ref)) || depth > 12) return emptyOf(resolved, root);
  const seen = ref ? new Set([...refs, ref]) : refs;
  const s = mergeAllOf(resolved, root);
  const explicit = explicitValue(s);
  if (explicit !== undefined) return explicit;
  const variants = [...schemaList(s, 'oneOf'), ...schemaList(s, 'anyOf')];
  if (variants.length) {
    // A variant that loops back (`parent: Tree | null` inside Tree) would end as an invalid `{}`: prefer another.
    const pick = variants.find((v) => !isNullSchema(v) && !loops(v, root, seen)) ?? variants.find(isNullSchema) ?? variants[0];
    const { oneOf: _o, anyOf: _a, ...siblings } = s;
    return pick ? synth({ ...siblings, ...pick }, root, path, key, depth + 1, seen) : null;
  }
  const { schema: base, nullable } = unwrapNullable(s);
  const types = typeList(base);
  const type = types[0] ?? (asSchema(base.properties) ? 'object' : asSchema(base.items) ? 'array' : nullable ? 'null' : undefined);
  switch (type) {
    case 'object':
      return synthObject(base, root, path, depth, seen);
    case 'array':
      return synthArray(base, root, path, key, depth, seen);
    case 'string':
      return fitString(stringFor(key, base, path), base);
    case 'integer':
      return fitNumber(numberFor(key, true), base, true);
    case 'number':
      return fitNumber(numberFor(key, false), base, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}

/** `const`, then `examples[0]`, then `default`, then the first non-null enum value. */
function explicitValue(s: JsonSchema): JsonValue | undefined {
  if ('const' in s) return s.const;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if ('default' in s) return s.default;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum.find((v) => v !== null) ?? s.enum[0];
  return undefined;
}

function synthObject(s: JsonSchema, root: JsonSchema, path: string, depth: number, refs: Set<string>): JsonValue {
  const out: { [key: string]: JsonValue } = {};
  const props = propertiesOf(s);
  const required = requiredOf(s);
  for (const [k, prop] of props) {
    // Deep optional branches are left out so recursive types stay small.
    if (depth > 4 && !required.has(k)) continue;
    if (!required.has(k) && loops(prop, root, refs)) continue;
    out[k] = synth(prop, root, `${path}.${k}`, k, depth + 1, refs);
  }
  const extra = asSchema(s.additionalProperties);
  if (props.length === 0 && extra) out.key = synth(extra, root, `${path}.key`, 'key', depth + 1, refs);
  return out;
}

function synthArray(s: JsonSchema, root: JsonSchema, path: string, key: string, depth: number, refs: Set<string>): JsonValue {
  const tuple = schemaList(s, 'prefixItems');
  if (tuple.length) return tuple.map((t, i) => synth(t, root, `${path}[${i}]`, key, depth + 1, refs));
  const items = asSchema(s.items);
  const min = typeof s.minItems === 'number' ? s.minItems : 0;
  const max = typeof s.maxItems === 'number' ? s.maxItems : Infinity;
  const count = Math.min(Math.max(1, min), max);
  if (!items) return Array.from({ length: count }, () => 'item');
  // A recursive item (a tree's `children: Node[]`) ends as `[]`; cutting at the item gave an invalid `{}` (WD304).
  if (min === 0 && ((d) => d.cyclic || (d.ref !== null && refs.has(d.ref)))(deref(items, root))) return [];
  const item = singular(key);
  return Array.from({ length: count }, (_, i) => synth(items, root, `${path}[${i}]`, item, depth + 1, refs));
}

/** True when `s` refers back to a schema being synthesized (a recursive type). */
function loops(s: JsonSchema, root: JsonSchema, refs: Set<string>): boolean {
  const d = deref(s, root);
  return d.cyclic || (d.ref !== null && refs.has(d.ref));
}

/** A minimal valid value where recursion stops: null, [], {} or the like. */
function emptyOf(s: JsonSchema, root: JsonSchema): JsonValue {
  const { schema: base, nullable } = unwrapNullable(mergeAllOf(s, root));
  if (nullable) return null;
  const t = typeList(base)[0];
  if (t === 'array') return [];
  if (t === 'string') return '';
  if (t === 'integer' || t === 'number') return 0;
  if (t === 'boolean') return false;
  return {};
}

function stringFor(key: string, s: JsonSchema, path: string): string {
  const k = key.toLowerCase();
  switch (s.format) {
    case 'date-time':
      return SAMPLE_TIMESTAMP;
    case 'date':
      return SAMPLE_TIMESTAMP.slice(0, 10);
    case 'time':
      return SAMPLE_TIMESTAMP.slice(11);
    case 'email':
    case 'idn-email':
      return 'jane.doe@example.com';
    case 'uri':
    case 'url':
    case 'iri':
    case 'uri-reference':
      return urlFor(k);
    case 'uuid':
      return uuidFrom(path);
    case 'ipv4':
      return '203.0.113.10';
    case 'ipv6':
      return '2001:db8::10';
    case 'hostname':
      return 'api.example.com';
    case 'duration':
      return 'PT1M';
    default:
      break;
  }
  if (k === 'id' || k.endsWith('_id') || k.endsWith('id') && /[a-z]Id$/.test(key)) return idFor(k, path);
  if (k.endsWith('_at') || k.endsWith('_date') || k === 'timestamp' || k.endsWith('_time') || k === 'date') return SAMPLE_TIMESTAMP;
  // Deadlines and expiries are points in time too (`respond_by`, `expiration`).
  if (k.endsWith('_by') || k === 'expiration' || k === 'expires' || k === 'deadline') return SAMPLE_TIMESTAMP;
  if (/(^|_)(phone|msisdn|e164|to|from|caller|callee|number)($|_)/.test(k)) return '+14155550123';
  if (k.includes('email')) return 'jane.doe@example.com';
  if (k.endsWith('_url') || k === 'url' || k.endsWith('_uri') || k === 'uri' || k === 'href' || k === 'link') return urlFor(k);
  if (k === 'type' || k === 'event' || k === 'event_type') return 'example';
  if (k === 'country' || k.endsWith('_country') || k === 'country_code') return 'US';
  if (k === 'currency') return 'USD';
  if (k === 'locale' || k === 'language') return 'en-US';
  if (k === 'channel') return 'sms';
  if (k === 'status' || k.endsWith('_status')) return 'active';
  if (k === 'name' || k.endsWith('_name')) return 'Example name';
  if (k === 'body' || k === 'text' || k === 'message' || k === 'content') return 'Hello from the example sample.';
  if (k === 'reason' || k.endsWith('_reason')) return 'example_reason';
  if (/(^|_)(description|summary|comment|note|notes|transcript|title|label)$/.test(k)) return `Example ${k.replace(/_/g, ' ')}.`;
  if (k === 'error_message' || k === 'error') return 'Example error message.';
  if (/(^|_)(carrier|provider)$/.test(k)) return 'Example Carrier';
  if (k === 'user_agent') return 'Mozilla/5.0 (example)';
  if (k.endsWith('_key') || k === 'key') return 'example_key';
  if (k === 'version') return '1';
  return 'example';
}

function idFor(k: string, path: string): string {
  const noun = k === 'id' ? parentNoun(path) : k.replace(/_?id$/, '');
  const prefix = ID_PREFIXES[noun] ?? (noun.replace(/[^a-z0-9]+/g, '_').slice(0, 12) || 'id');
  return `${prefix}_${stableId(path)}`;
}

/** For `data.items[0].id` the noun is `item`; for `data.id` it is `data`. */
function parentNoun(path: string): string {
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  return singular(parts[parts.length - 2] ?? 'id');
}

function urlFor(k: string): string {
  const slug = k.replace(/_?(url|uri)$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'resource';
  return `https://example.com/${slug}`;
}

function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function numberFor(key: string, integer: boolean): number {
  const k = key.toLowerCase();
  if (/(count|total|imported|updated|failed|attempts?|retries|size|participants|recipients|sent|delivered)/.test(k)) return 3;
  if (/(duration|seconds|_secs?$|_ms$|latency)/.test(k)) return 42;
  if (/bytes/.test(k)) return 2048;
  // Minor units are whole numbers even when the type says `number`.
  if (/(_cents|_minor)$/.test(k)) return 2500;
  if (/(amount|balance|price|cost|credits|total)/.test(k)) return integer ? 25 : 25.5;
  if (/(score|rate|ratio|probability|confidence)/.test(k)) return integer ? 1 : 0.87;
  if (/(year)/.test(k)) return 2026;
  return 1;
}

function fitNumber(n: number, s: JsonSchema, integer: boolean): number {
  let v = n;
  const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + (integer ? 1 : 0.5) : undefined;
  const max = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - (integer ? 1 : 0.5) : undefined;
  if (min !== undefined && v < min) v = min;
  if (max !== undefined && v > max) v = max;
  if (integer) v = Math.ceil(v);
  if (typeof s.multipleOf === 'number' && s.multipleOf > 0) v = Math.ceil(v / s.multipleOf) * s.multipleOf;
  return v;
}

function fitString(value: string, s: JsonSchema): string {
  let v = value;
  if (typeof s.pattern === 'string') {
    try {
      if (!new RegExp(s.pattern, 'u').test(v)) v = 'x';
    } catch {
      // An invalid pattern is reported by validation, not here.
    }
  }
  if (typeof s.minLength === 'number' && v.length < s.minLength) v = v.padEnd(s.minLength, 'x');
  if (typeof s.maxLength === 'number' && v.length > s.maxLength) v = v.slice(0, s.maxLength);
  return v;
}

function lastKey(path: string): string {
  return path.replace(/\[\d+\]$/g, '').split('.').pop() ?? 'data';
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
