/**
 * A short, readable type for a schema: `string (date-time)`, `integer`, `"a" | "b"`,
 * `array of object`, `string | null`.
 */
import type { JsonSchema, JsonValue } from '../model.ts';
import { asSchema, isNullSchema, resolveField, schemaList, typeList } from './schema-walk.ts';

/** Enums longer than this are shown as `enum` in the type and listed in the description. */
export const MAX_INLINE_ENUM = 6;

/** Readable type of `schema`; `root` resolves `$ref`s. */
export function describeType(schema: JsonSchema, root: JsonSchema, depth = 0): string {
  if (depth > 4) return 'object';
  const { schema: base, nullable, cyclic, ref } = resolveField(schema, root);
  if (cyclic) return refName(ref) ?? 'object';
  const text = describeNonNull(base, root, depth);
  return nullable ? `${text} | null` : text;
}

function describeNonNull(schema: JsonSchema, root: JsonSchema, depth: number): string {
  if ('const' in schema) return literal(schema.const as JsonValue);
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((v) => v !== null);
    const inline = values.length <= MAX_INLINE_ENUM ? values.map(literal).join(' | ') : `${baseType(values)} (enum)`;
    return schema.enum.length !== values.length ? `${inline} | null` : inline;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const variants = schemaList(schema, key);
    if (variants.length) {
      const parts = variants.map((v) => (isNullSchema(v) ? 'null' : describeType(v, root, depth + 1)));
      return [...new Set(parts)].join(' | ');
    }
  }
  const types = typeList(schema);
  if (types.length > 1) return types.map((t) => describeNonNull({ ...schema, type: t }, root, depth)).join(' | ');
  const type = types[0] ?? (asSchema(schema.properties) ? 'object' : asSchema(schema.items) ? 'array' : undefined);
  switch (type) {
    case 'string':
      return typeof schema.format === 'string' ? `string (${schema.format})` : 'string';
    case 'array': {
      const items = asSchema(schema.items);
      const tuple = schemaList(schema, 'prefixItems');
      if (tuple.length) return `[${tuple.map((t) => describeType(t, root, depth + 1)).join(', ')}]`;
      return items ? `array of ${wrapUnion(describeType(items, root, depth + 1))}` : 'array';
    }
    case 'object': {
      const extra = asSchema(schema.additionalProperties);
      if (!asSchema(schema.properties) && extra) return `map of ${wrapUnion(describeType(extra, root, depth + 1))}`;
      return 'object';
    }
    case undefined:
      return 'any';
    default:
      return type;
  }
}

function wrapUnion(text: string): string {
  return text.includes(' | ') ? `(${text})` : text;
}

function baseType(values: JsonValue[]): string {
  const kinds = new Set(values.map((v) => (typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v)));
  return kinds.size === 1 ? [...kinds][0] ?? 'string' : 'value';
}

/** JSON literal of a value, for types and descriptions (`"sms"`, `3`, `true`). */
export function literal(value: JsonValue): string {
  return JSON.stringify(value) ?? 'null';
}

function refName(ref: string | null): string | undefined {
  return ref?.split('/').pop();
}
