/** Merges the payload schemas of several dispatch sites of one event. */
import type { JsonSchema, JsonValue } from '../model.ts';

const isObjectSchema = (s: JsonSchema) => s.type === 'object' && typeof s.properties === 'object' && s.properties !== null && !Array.isArray(s.properties);
const same = (a: JsonValue | undefined, b: JsonValue | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Union of fields: a field absent at some site is not required; a field typed differently at
 * two sites becomes `anyOf`. Equal schemas merge to themselves; other shapes become `anyOf`.
 */
export function mergeSchemas(schemas: JsonSchema[]): JsonSchema | null {
  if (!schemas.length) return null;
  return schemas.reduce((a, b) => mergeTwo(a, b));
}

function mergeTwo(a: JsonSchema, b: JsonSchema): JsonSchema {
  if (same(a, b)) return a;
  const { $defs: defsA, ...restA } = a;
  const { $defs: defsB, ...restB } = b;
  const defs = mergeDefs(defsA, defsB);
  let out: JsonSchema;
  if (isObjectSchema(restA) && isObjectSchema(restB)) {
    const pa = restA.properties as Record<string, JsonValue>;
    const pb = restB.properties as Record<string, JsonValue>;
    const properties: Record<string, JsonValue> = {};
    for (const key of [...Object.keys(pa), ...Object.keys(pb).filter((k) => !(k in pa))]) {
      const x = pa[key] as JsonSchema | undefined;
      const y = pb[key] as JsonSchema | undefined;
      properties[key] = x && y ? (same(x, y) ? x : anyOf(x, y)) : ((x ?? y) as JsonSchema);
    }
    const ra = Array.isArray(restA.required) ? (restA.required as string[]) : [];
    const rb = new Set(Array.isArray(restB.required) ? (restB.required as string[]) : []);
    const required = ra.filter((k) => rb.has(k));
    out = { type: 'object' };
    // Annotations both sites agree on (the payload type's name and JSDoc) survive the merge.
    for (const key of ['title', 'description'] as const) {
      if (restA[key] !== undefined && same(restA[key], restB[key])) out[key] = restA[key];
    }
    out.properties = properties;
    if (required.length) out.required = required;
    out.additionalProperties = same(restA.additionalProperties, restB.additionalProperties)
      ? (restA.additionalProperties ?? false)
      : restA.additionalProperties === false ? (restB.additionalProperties ?? false) : (restA.additionalProperties ?? false);
  } else {
    out = anyOf(restA, restB);
  }
  return defs ? { ...out, $defs: defs } : out;
}

function anyOf(a: JsonSchema, b: JsonSchema): JsonSchema {
  const list = [...(Array.isArray(a.anyOf) && Object.keys(a).length === 1 ? (a.anyOf as JsonSchema[]) : [a])];
  for (const s of Array.isArray(b.anyOf) && Object.keys(b).length === 1 ? (b.anyOf as JsonSchema[]) : [b]) {
    if (!list.some((x) => same(x, s))) list.push(s);
  }
  if (list.length === 1) return list[0] as JsonSchema;
  // `'api'` at one site and `'batch'` at another: one enum, as a literal union would give.
  const type = list[0]?.type;
  const values = list.flatMap((s) => (Object.keys(s).length === 2 && s.type === type && 'const' in s ? [s.const as JsonValue] : []));
  if ((type === 'string' || type === 'number') && values.length === list.length) return { type, enum: values };
  return { anyOf: list };
}

function mergeDefs(a: JsonValue | undefined, b: JsonValue | undefined): Record<string, JsonValue> | null {
  const out: Record<string, JsonValue> = {};
  for (const d of [a, b]) {
    if (d && typeof d === 'object' && !Array.isArray(d)) Object.assign(out, d);
  }
  return Object.keys(out).length ? Object.fromEntries(Object.entries(out).sort(([x], [y]) => (x < y ? -1 : 1))) : null;
}
