/**
 * Flattens a payload schema into table rows: nested objects as dotted paths
 * (`details.reason`), array items as `items[]` (`items[].sku`).
 */
import type { JsonSchema, JsonValue } from '../model.ts';
import { describeType } from './describe-type.ts';
import { asSchema, deref, mergeAllOf, propertiesOf, requiredOf, resolveField, schemaList, typeList } from './schema-walk.ts';

/** One row of the payload fields table. */
export interface FieldRow {
  /** Dotted path (`details.reason`, `items[].sku`). */
  path: string;
  type: string;
  required: boolean;
  nullable: boolean;
  description: string | null;
  enumValues: JsonValue[] | null;
  examples: JsonValue[];
  defaultValue: JsonValue | undefined;
  deprecated: boolean;
}

/** Deeper nesting is cut off (the row still shows the type). */
const MAX_DEPTH = 8;
/** A payload with more rows than this is cut (a note says so). */
export const MAX_ROWS = 400;

/** Rows for every field of an object payload schema, in declared order, parents before children. */
export function flattenFields(payload: JsonSchema): FieldRow[] {
  const rows: FieldRow[] = [];
  walkObject(payload, payload, '', rows, new Set(), 0);
  return rows.slice(0, MAX_ROWS);
}

function walkObject(schema: JsonSchema, root: JsonSchema, prefix: string, rows: FieldRow[], refs: Set<string>, depth: number): void {
  if (depth > MAX_DEPTH || rows.length >= MAX_ROWS) return;
  const { schema: obj, ref, cyclic } = resolveField(schema, root);
  if (cyclic || (ref && refs.has(ref))) return;
  const seen = ref ? new Set([...refs, ref]) : refs;
  const variants = [...schemaList(obj, 'anyOf'), ...schemaList(obj, 'oneOf')];
  const props = variants.length ? mergeVariants(variants, root) : { props: propertiesOf(obj), required: requiredOf(obj) };
  for (const [key, prop] of props.props) {
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push(rowFor(path, prop, root, props.required.has(key)));
    descend(prop, root, path, rows, seen, depth + 1);
  }
  const extra = asSchema(obj.additionalProperties);
  if (extra && props.props.length === 0 && hasFields(extra, root)) descend(extra, root, prefix ? `${prefix}.*` : '*', rows, seen, depth + 1);
}

/** Recurses into a field's object or array-of-object type. */
function descend(prop: JsonSchema, root: JsonSchema, path: string, rows: FieldRow[], refs: Set<string>, depth: number): void {
  const { schema: inner, ref, cyclic } = resolveField(prop, root);
  if (cyclic || (ref && refs.has(ref))) return;
  const seen = ref ? new Set([...refs, ref]) : refs;
  const items = asSchema(inner.items);
  if (typeList(inner).includes('array') && items) {
    if (hasFields(items, root)) walkObject(items, root, `${path}[]`, rows, seen, depth);
    return;
  }
  if (hasFields(inner, root)) walkObject(inner, root, path, rows, seen, depth);
}

function hasFields(schema: JsonSchema, root: JsonSchema): boolean {
  const { schema: s } = resolveField(schema, root);
  if (propertiesOf(s).length > 0) return true;
  return [...schemaList(s, 'anyOf'), ...schemaList(s, 'oneOf')].some((v) => propertiesOf(mergeAllOf(deref(v, root).schema, root)).length > 0);
}

/** Union of object variants: a field is required only when every variant requires it. */
function mergeVariants(variants: JsonSchema[], root: JsonSchema): { props: [string, JsonSchema][]; required: Set<string> } {
  const objects = variants.map((v) => mergeAllOf(deref(v, root).schema, root)).filter((v) => propertiesOf(v).length > 0);
  const byKey = new Map<string, JsonSchema[]>();
  for (const v of objects) for (const [k, s] of propertiesOf(v)) byKey.set(k, [...(byKey.get(k) ?? []), s]);
  const required = new Set([...byKey.keys()].filter((k) => objects.every((v) => requiredOf(v).has(k))));
  const props = [...byKey.entries()].map(([k, list]): [string, JsonSchema] => {
    const distinct = [...new Map(list.map((s) => [JSON.stringify(s), s])).values()];
    return [k, distinct.length === 1 ? (distinct[0] as JsonSchema) : { anyOf: distinct }];
  });
  return { props, required };
}

function rowFor(path: string, prop: JsonSchema, root: JsonSchema, required: boolean): FieldRow {
  const resolved = deref(prop, root).schema;
  const { schema: base, nullable } = resolveField(prop, root);
  const examples = Array.isArray(prop.examples) ? prop.examples : Array.isArray(resolved.examples) ? resolved.examples : [];
  const description = typeof prop.description === 'string' ? prop.description : typeof resolved.description === 'string' ? resolved.description : null;
  return {
    path,
    type: describeType(prop, root),
    required,
    nullable,
    description,
    enumValues: Array.isArray(base.enum) ? base.enum : null,
    examples,
    defaultValue: 'default' in resolved ? resolved.default : undefined,
    deprecated: resolved.deprecated === true || prop.deprecated === true,
  };
}
