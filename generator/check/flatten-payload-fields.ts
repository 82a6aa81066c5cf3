/**
 * Flattens a payload JSON Schema into one row per field, keyed by a dotted path
 * (`details.reason`, `items[].sku`, `metadata.*`), the way an event page's field table reads.
 * Used by coverage (described fields / fields) and by diff (per-field changes).
 */
import type { JsonSchema, JsonValue } from '../model.ts';

/** One payload field as a subscriber sees it. */
export interface PayloadField {
  /** Dotted path: `a.b`, array items `a[].b`, record values `a.*`; `$` for a non-object payload root. */
  path: string;
  /**
   * JSON types the value can have, `null` excluded, sorted. An array of scalars reads `array<string>`
   * so a change of item type is a change of the field's type. Empty when unconstrained.
   */
  types: string[];
  nullable: boolean;
  /** Required in its parent object. */
  required: boolean;
  /** Allowed values (JSON-encoded, sorted) from `enum`, `const` or literal unions (for scalar arrays: of the items); null when free. */
  enum: string[] | null;
  description: string | null;
}

interface Member {
  schema: JsonSchema;
  required: boolean;
}

/** A schema with `$ref`s, unions and nullability resolved. */
interface Shape {
  types: Set<string>;
  nullable: boolean;
  enumValues: Set<string> | null;
  description: string | null;
  /** Members per property name, one per object branch that declares it. */
  properties: Map<string, Member[]>;
  /** How many object branches were merged (a property absent from one of them is optional). */
  objectBranches: number;
  items: JsonSchema[];
  additional: JsonSchema[];
  refs: string[];
}

const isObject = (v: JsonValue | undefined): v is { [key: string]: JsonValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns the fields of a payload schema, parents before children, properties in declaration order. */
export function flattenPayloadFields(schema: JsonSchema | null): PayloadField[] {
  if (!schema) return [];
  const out: PayloadField[] = [];
  const root = shapeOf(schema, schema, []);
  if (!hasChildren(root)) {
    // NOTE: a non-object payload (a bare string) still has a type a subscriber depends on.
    if (root.types.size || root.enumValues) out.push(toField('$', root, true, schema, []));
    return out;
  }
  walkChildren(schema, root, '', out, []);
  return out;
}

function walkChildren(root: JsonSchema, shape: Shape, prefix: string, out: PayloadField[], stack: string[]): void {
  const inner = [...stack, ...shape.refs];
  for (const [name, members] of shape.properties) {
    const path = prefix ? `${prefix}.${name}` : name;
    const required = members.length === shape.objectBranches && members.every((m) => m.required);
    const child = mergeShapes(members.map((m) => shapeOf(root, m.schema, inner)));
    emitField(root, path, child, required, out, inner);
  }
  if (shape.items.length) {
    const items = mergeShapes(shape.items.map((s) => shapeOf(root, s, inner)));
    walkChildren(root, items, `${prefix}[]`, out, inner);
  }
  if (shape.additional.length) {
    const child = mergeShapes(shape.additional.map((s) => shapeOf(root, s, inner)));
    emitField(root, prefix ? `${prefix}.*` : '*', child, false, out, inner);
  }
}

function emitField(root: JsonSchema, path: string, shape: Shape, required: boolean, out: PayloadField[], stack: string[]): void {
  out.push(toField(path, shape, required, root, stack));
  walkChildren(root, shape, path, out, stack);
}

const hasChildren = (s: Shape): boolean => s.properties.size > 0 || s.additional.length > 0 || (s.items.length > 0 && itemsHaveChildren(s));
// Arrays of scalars are one field (`tags: array<string>`); arrays of objects get `tags[].x` rows.
const itemsHaveChildren = (s: Shape): boolean => s.items.some((i) => isObject(i.properties) || typeof i.$ref === 'string' || Array.isArray(i.anyOf) || Array.isArray(i.oneOf) || Array.isArray(i.allOf));

function toField(path: string, s: Shape, required: boolean, root: JsonSchema, stack: string[]): PayloadField {
  const types = new Set(s.types);
  let enumValues = s.enumValues;
  if (s.items.length) {
    const items = mergeShapes(s.items.map((i) => shapeOf(root, i, [...stack, ...s.refs])));
    if (!hasChildren(items) && items.types.size) {
      types.delete('array');
      types.add(`array<${[...items.types].sort().join('|')}${items.nullable ? '|null' : ''}>`);
      enumValues ??= items.enumValues;
    }
  }
  return {
    path,
    types: [...types].sort(),
    nullable: s.nullable,
    required,
    enum: enumValues ? [...enumValues].sort() : null,
    description: s.description,
  };
}

function emptyShape(): Shape {
  return {
    types: new Set(),
    nullable: false,
    enumValues: null,
    description: null,
    properties: new Map(),
    objectBranches: 0,
    items: [],
    additional: [],
    refs: [],
  };
}

/** Resolves one schema node. `stack` holds the `$ref`s being expanded, so recursive types stay finite. */
function shapeOf(root: JsonSchema, schema: JsonSchema, stack: string[]): Shape {
  const ref = schema.$ref;
  const own = typeof schema.description === 'string' ? schema.description : null;
  if (typeof ref === 'string') {
    const target = resolveLocalRef(root, ref);
    if (!target || stack.includes(ref)) {
      // Recursive or unresolvable: an opaque object, so paths stay finite.
      const s = emptyShape();
      s.types.add(target && typeof target.type === 'string' ? target.type : 'object');
      s.description = own ?? (target && typeof target.description === 'string' ? target.description : null);
      return s;
    }
    const s = shapeOf(root, target, [...stack, ref]);
    s.refs = [...s.refs, ref];
    // Siblings of $ref (allowed in draft 2020-12) describe this use of the type, so they win.
    if (own) s.description = own;
    if (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))) s.nullable = true;
    return s;
  }
  const s = emptyShape();
  s.description = own;
  const declared = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  for (const t of declared) {
    if (t === 'null') s.nullable = true;
    else if (typeof t === 'string') s.types.add(t);
  }
  const literals = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const as JsonValue] : null;
  if (literals) {
    s.enumValues = new Set();
    for (const v of literals) {
      if (v === null) s.nullable = true;
      else {
        s.enumValues.add(JSON.stringify(v));
        if (!declared.length) s.types.add(jsonTypeOf(v));
      }
    }
    if (s.enumValues.size === 0) s.enumValues = null;
  }
  if (isObject(schema.properties)) {
    const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : []);
    for (const [name, prop] of Object.entries(schema.properties)) {
      if (isObject(prop)) s.properties.set(name, [{ schema: prop, required: required.has(name) }]);
    }
    s.types.add('object');
  }
  if (s.types.has('object')) s.objectBranches = 1;
  if (isObject(schema.items)) s.items.push(schema.items);
  else if (Array.isArray(schema.prefixItems)) s.items.push(...schema.prefixItems.filter(isObject));
  if (s.items.length) s.types.add('array');
  if (isObject(schema.additionalProperties)) {
    s.additional.push(schema.additionalProperties);
    s.types.add('object');
    s.objectBranches = Math.max(s.objectBranches, 1);
  }
  const branches = [schema.anyOf, schema.oneOf].flatMap((b) => (Array.isArray(b) ? b.filter(isObject) : []));
  if (branches.length) {
    const merged = mergeShapes(branches.map((b) => shapeOf(root, b, stack)));
    const ownDescription = s.description;
    const wasTyped = s.types.size > 0;
    mergeInto(s, merged, wasTyped);
    s.description = ownDescription ?? merged.description;
  }
  // allOf: every member applies at once (an intersection), so their properties add up.
  for (const member of Array.isArray(schema.allOf) ? schema.allOf.filter(isObject) : []) {
    const m = shapeOf(root, member, stack);
    for (const t of m.types) s.types.add(t);
    for (const [name, members] of m.properties) s.properties.set(name, [...(s.properties.get(name) ?? []), ...members]);
    if (m.objectBranches) s.objectBranches = Math.max(s.objectBranches, 1);
    s.items.push(...m.items);
    s.additional.push(...m.additional);
    s.refs.push(...m.refs);
    s.description ??= m.description;
  }
  return s;
}

/** Merges union branches: the value may be any one of them. */
function mergeShapes(shapes: Shape[]): Shape {
  const [first] = shapes;
  if (shapes.length === 1 && first) return first;
  const s = emptyShape();
  shapes.forEach((b, i) => mergeInto(s, b, i > 0));
  return s;
}

function mergeInto(into: Shape, b: Shape, intoTyped: boolean): void {
  const intoFree = intoTyped && into.enumValues === null && into.types.size > 0;
  for (const t of b.types) into.types.add(t);
  into.nullable ||= b.nullable;
  // A union of literals stays an enum; one free-valued branch makes it free.
  if (intoFree || (b.enumValues === null && b.types.size > 0)) into.enumValues = null;
  else if (b.enumValues) into.enumValues = new Set([...(into.enumValues ?? []), ...b.enumValues]);
  into.description ??= b.description;
  for (const [name, members] of b.properties) into.properties.set(name, [...(into.properties.get(name) ?? []), ...members]);
  into.objectBranches += b.objectBranches;
  into.items.push(...b.items);
  into.additional.push(...b.additional);
  into.refs.push(...b.refs);
}

function resolveLocalRef(root: JsonSchema, ref: string): JsonSchema | null {
  if (!ref.startsWith('#/')) return null;
  let node: JsonValue = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node)) return null;
    const next: JsonValue | undefined = node[key];
    if (next === undefined) return null;
    node = next;
  }
  return isObject(node) ? node : null;
}

/** NOTE: numbers are `number`, not `integer`: TypeScript has one number type and the extractor writes `number`. */
function jsonTypeOf(v: JsonValue): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  return typeof v === 'object' ? 'object' : typeof v;
}
