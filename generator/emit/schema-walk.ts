/**
 * Small read-only helpers over the extractor's JSON Schemas: `$ref` resolution and
 * nullable unwrapping. Emitters read only standard 2020-12 keywords.
 */
import type { JsonSchema, JsonValue } from '../model.ts';

/** Narrows a JSON value to a schema object. */
export function asSchema(value: JsonValue | undefined): JsonSchema | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

/** The string members of a keyword that may be a string or a list (`type`). */
export function typeList(schema: JsonSchema): string[] {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Sub-schemas of a keyword holding a list of schemas (`anyOf`, `oneOf`, `allOf`, `prefixItems`). */
export function schemaList(schema: JsonSchema, key: string): JsonSchema[] {
  const list = schema[key];
  return Array.isArray(list) ? list.map(asSchema).filter((s): s is JsonSchema => s !== undefined) : [];
}

/** Resolves a local `$ref` (`#/$defs/X`, `#/definitions/X`, `#`) against the root schema; undefined when not local. */
export function resolveRef(ref: string, root: JsonSchema): JsonSchema | undefined {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: JsonValue | undefined = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    const obj = asSchema(node);
    if (!obj) return undefined;
    node = obj[key];
  }
  return asSchema(node);
}

/** Follows `$ref` chains (at most a few hops, to survive cycles); `seen` collects the refs followed. */
export function deref(schema: JsonSchema, root: JsonSchema, seen: Set<string> = new Set()): { schema: JsonSchema; ref: string | null; cyclic: boolean } {
  let current = schema;
  let firstRef: string | null = null;
  for (let hops = 0; hops < 16 && typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref;
    if (seen.has(ref)) return { schema: current, ref, cyclic: true };
    seen.add(ref);
    firstRef ??= ref;
    const target = resolveRef(ref, root);
    if (!target) break;
    // Keywords beside $ref (2020-12 allows them, e.g. a description) win over the target's.
    const { $ref: _ignored, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return { schema: current, ref: firstRef, cyclic: false };
}

/** Splits off `null` from a schema: `string | null` → { schema: string, nullable: true }. */
export function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const types = typeList(schema);
  if (types.length > 1 && types.includes('null')) {
    const rest = types.filter((t) => t !== 'null');
    return { schema: { ...schema, type: rest.length === 1 ? (rest[0] as string) : rest }, nullable: true };
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const variants = schemaList(schema, key);
    if (variants.length < 2) continue;
    const nonNull = variants.filter((v) => !isNullSchema(v));
    if (nonNull.length === variants.length) continue;
    const { [key]: _drop, ...siblings } = schema;
    if (nonNull.length === 1) return { schema: { ...(nonNull[0] as JsonSchema), ...siblings }, nullable: true };
    return { schema: { ...siblings, [key]: nonNull }, nullable: true };
  }
  return { schema, nullable: false };
}

/** True for `{ type: 'null' }` and `{ const: null }`. */
export function isNullSchema(schema: JsonSchema): boolean {
  const types = typeList(schema);
  return (types.length === 1 && types[0] === 'null') || ('const' in schema && schema.const === null);
}

/** The object properties of a schema, in declared order. */
export function propertiesOf(schema: JsonSchema): [string, JsonSchema][] {
  const props = asSchema(schema.properties);
  if (!props) return [];
  return Object.entries(props).flatMap(([k, v]) => {
    const s = asSchema(v) ?? (v === true ? {} : undefined);
    return s ? [[k, s] as [string, JsonSchema]] : [];
  });
}

/** The `required` list of an object schema. */
export function requiredOf(schema: JsonSchema): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : []);
}

/** Merges `allOf` members into one object schema (properties and required are unioned). */
export function mergeAllOf(schema: JsonSchema, root: JsonSchema): JsonSchema {
  const parts = schemaList(schema, 'allOf');
  if (parts.length === 0) return schema;
  const { allOf: _drop, ...base } = schema;
  let merged: JsonSchema = { ...base };
  const props: { [key: string]: JsonValue } = { ...(asSchema(base.properties) ?? {}) };
  const required = new Set(requiredOf(base));
  for (const part of parts) {
    const p = mergeAllOf(deref(part, root).schema, root);
    for (const [k, v] of propertiesOf(p)) props[k] = v;
    for (const r of requiredOf(p)) required.add(r);
    const { properties: _p, required: _r, ...rest } = p;
    merged = { ...rest, ...merged };
  }
  if (Object.keys(props).length) merged.properties = props;
  if (required.size) merged.required = [...required];
  if (!merged.type && Object.keys(props).length) merged.type = 'object';
  return merged;
}

/** Deref + allOf merge + nullable split, repeated once so `anyOf: [{ $ref }, null]` resolves fully. */
export function resolveField(schema: JsonSchema, root: JsonSchema): { schema: JsonSchema; nullable: boolean; ref: string | null; cyclic: boolean } {
  const first = deref(schema, root);
  if (first.cyclic) return { schema: first.schema, nullable: false, ref: first.ref, cyclic: true };
  const { schema: base, nullable } = unwrapNullable(mergeAllOf(first.schema, root));
  if (typeof base.$ref !== 'string') return { schema: base, nullable, ref: first.ref, cyclic: false };
  const second = deref(base, root, first.ref ? new Set([first.ref]) : new Set());
  const inner = unwrapNullable(mergeAllOf(second.schema, root));
  return { schema: inner.schema, nullable: nullable || inner.nullable, ref: second.ref ?? first.ref, cyclic: second.cyclic };
}
