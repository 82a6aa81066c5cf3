/**
 * Converts a TypeScript type (as the checker sees it) to JSON Schema draft 2020-12 describing
 * the value after `JSON.stringify`: one rule per type kind, tried in order, with an explicit
 * unknown branch that reports a diagnostic.
 */
import { Node, SymbolFlags, TypeFlags, type Symbol as TsSymbol, type Type } from 'ts-morph';
import type { JsonSchema, JsonValue, SourceLocation } from '../model.ts';
import type { DiagnosticSink } from './diagnostic-sink.ts';
import { EXTRACT_CODES } from './extract-codes.ts';
import { schemaDocs, typeDeclarations } from './schema-docs.ts';
import { unwrapExpression } from './unwrap-expression.ts';

/** Result of converting one type: the schema, or null when the value is dropped by JSON.stringify. */
type Converted = JsonSchema | null;

interface Frame {
  /** Property path for diagnostics, e.g. `payload.items[].price`. */
  path: string;
  /** Whether we are inside an index signature value (unknown there is deliberate). */
  inIndex: boolean;
}

interface RuleContext {
  type: Type;
  frame: Frame;
  conv: SchemaConverter;
}

interface Rule {
  name: string;
  test: (type: Type) => boolean;
  convert: (ctx: RuleContext) => Converted;
}

const hasFlag = (type: Type, flag: TypeFlags) => (type.getFlags() & flag) !== 0;
/** Deepest nesting of object types converted before giving up (real payloads stay far below). */
const MAX_NESTING = 32;

/**
 * A type's schema converted without diagnostics or `$ref`s, so the same at any other use: `depth` is how many
 * object levels below its own it went (a reuse must not cross MAX_NESTING where a conversion would have stopped).
 */
interface CacheEntry {
  schema: JsonSchema;
  depth: number;
}

/** Converts types to schemas for one run; caches schemas of types that convert cleanly. */
export class SchemaConverter {
  private readonly cache = new Map<number, CacheEntry>();
  private stack: number[] = [];
  /** Deepest stack length the current conversion reached (cached types count with their depth). */
  private deepest = 0;
  private defs = new Map<number, { name: string; schema: JsonSchema | null; referenced: boolean }>();
  private defNames = new Set<string>();
  private location: SourceLocation | undefined;
  private anchor!: Node;
  private dirty = false;

  constructor(private readonly sink: DiagnosticSink) {}

  /**
   * Converts the type of a value seen at `anchor` (used to resolve property types of generics).
   * Diagnostics point at `location`. Recursive named types land in `$defs`.
   */
  convert(type: Type, anchor: Node, location: SourceLocation | undefined, rootPath = 'payload'): JsonSchema | null {
    this.anchor = anchor;
    this.location = location;
    this.stack = [];
    this.defs = new Map();
    this.defNames = new Set();
    const schema = this.convertType(type, { path: rootPath, inIndex: false });
    if (schema === null) return null;
    const defs: Record<string, JsonValue> = {};
    for (const d of [...this.defs.values()].filter((x) => x.referenced && x.schema).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      defs[d.name] = d.schema as JsonSchema;
    }
    return Object.keys(defs).length ? { ...schema, $defs: defs } : schema;
  }

  /** Reports a problem with the payload at the current site. */
  report(code: string, message: string, hint: string, snippet?: string): void {
    this.dirty = true;
    this.sink.add({
      code,
      severity: 'warning',
      message,
      ...(this.location ? { location: this.location } : {}),
      ...(snippet ? { snippet } : {}),
      hint,
    });
  }

  /** The type of a property symbol where the payload is used. */
  propertyType(prop: TsSymbol): Type {
    return prop.getTypeAtLocation(this.anchor);
  }

  /** Converts one type, guarding recursion through named object types. */
  convertType(type: Type, frame: Frame): Converted {
    const id = typeId(type);
    const cached = this.cache.get(id);
    // Payload roots were always reused as they are; nested types only where they stay within MAX_NESTING.
    if (cached && (cached.depth < 0 || this.stack.length + cached.depth < MAX_NESTING)) {
      if (this.stack.length === 0) cached.depth = -1;
      this.deepest = Math.max(this.deepest, this.stack.length + cached.depth);
      return cached.schema;
    }
    const recursive = isObjectLike(type);
    // A generic that expands forever (`type Deep<T> = { next: Deep<T[]> }`) yields a new type at each level: bound it.
    if (recursive && this.stack.length >= MAX_NESTING) {
      this.report(
        EXTRACT_CODES.unsupportedType,
        `The payload type nests more than ${MAX_NESTING} levels deep at \`${frame.path}\` (a generic type that expands forever?); deeper levels are documented as any value.`,
        'Make the recursive type refer to itself with the same type arguments, or limit its nesting.',
      );
      return {};
    }
    if (recursive && this.stack.includes(id)) {
      const def = this.defs.get(id) ?? this.newDef(id, type);
      def.referenced = true;
      this.dirty = true;
      return { $ref: `#/$defs/${def.name}` };
    }
    const start = this.stack.length;
    const deepestBefore = this.deepest;
    this.deepest = start;
    if (recursive) this.stack.push(id);
    const wasDirty = this.dirty;
    this.dirty = false;
    let schema: Converted;
    try {
      const rule = RULES.find((r) => r.test(type)) ?? UNKNOWN_RULE;
      schema = rule.convert({ type, frame, conv: this });
      if (schema && rule.name !== 'Date') schema = withTypeDocs(schema, type);
    } finally {
      if (recursive) this.stack.pop();
    }
    const depth = this.deepest - start;
    this.deepest = Math.max(deepestBefore, this.deepest);
    const def = this.defs.get(id);
    if (def && schema) {
      def.schema = schema;
      schema = { $ref: `#/$defs/${def.name}` };
    } else if (schema && !this.dirty && !frame.inIndex && !hasTypeParameters(type)) {
      // Inside an index signature `unknown` is not reported, so such a conversion may be clean only there.
      this.cache.set(id, { schema, depth: this.stack.length === 0 ? -1 : depth });
    }
    this.dirty = this.dirty || wasDirty;
    return schema;
  }

  private newDef(id: number, type: Type) {
    let base = (typeName(type) ?? 'Type').replace(/[^\w$-]/g, '_');
    if (this.defNames.has(base)) base = `${base}_${id}`;
    this.defNames.add(base);
    const def = { name: base, schema: null, referenced: false };
    this.defs.set(id, def);
    return def;
  }
}

function typeId(type: Type): number {
  return (type.compilerType as unknown as { id: number }).id;
}

function hasTypeParameters(type: Type): boolean {
  return type.isTypeParameter();
}

function isObjectLike(type: Type): boolean {
  return type.isObject() || type.isIntersection() || type.isUnion();
}

/** The declared name of an interface, class or alias, unless it is a library utility (Pick, Record...). */
export function typeName(type: Type): string | null {
  const alias = type.getAliasSymbol();
  const sym = alias ?? type.getSymbol();
  if (!sym) return null;
  const name = sym.getName();
  if (name.startsWith('__')) return null;
  const decl = sym.getDeclarations()[0];
  if (!decl) return null;
  const sf = decl.getSourceFile();
  if (sf.isDeclarationFile() && /[\\/]typescript[\\/]lib[\\/]/.test(sf.getFilePath())) return null;
  return name;
}

function literalSchema(type: Type): JsonSchema {
  if (type.isStringLiteral()) return { type: 'string', const: String(type.getLiteralValue()) };
  if (type.isNumberLiteral()) return { type: 'number', const: Number(type.getLiteralValue()) };
  return { type: 'boolean', const: type.getText() === 'true' };
}

function isLiteral(type: Type): boolean {
  return type.isStringLiteral() || type.isNumberLiteral() || type.isBooleanLiteral();
}

const warnOmitted = (ctx: RuleContext, what: string) => {
  ctx.conv.report(
    EXTRACT_CODES.unserializable,
    `Payload property ${ctx.frame.path} has type ${what}, which JSON.stringify ${what === 'bigint' ? 'cannot serialize (it throws)' : 'drops'}; it is left out of the schema.`,
    what === 'bigint' ? 'Send it as a string (`value.toString()`) or a number.' : 'Remove it from the payload or convert it to JSON data first.',
    ctx.type.getText(),
  );
  return null;
};

const RULES: Rule[] = [
  {
    name: 'any',
    test: (t) => t.isAny(),
    convert: (ctx) => {
      if (isErrorType(ctx.type)) {
        ctx.conv.report(
          EXTRACT_CODES.unresolvedType,
          `The type of ${ctx.frame.path} cannot be resolved (a missing module or package?); its schema is empty.`,
          'Install the package that declares it (with its types), or fix the import, so that `tsc --noEmit` passes.',
        );
        return {};
      }
      ctx.conv.report(
        EXTRACT_CODES.untypedPayload,
        `Payload ${ctx.frame.path} is typed any; its schema is empty.`,
        'Give the payload (or this property) a concrete type.',
      );
      return {};
    },
  },
  {
    name: 'unknown',
    test: (t) => t.isUnknown(),
    convert: (ctx) => {
      if (!ctx.frame.inIndex) {
        ctx.conv.report(
          EXTRACT_CODES.untypedPayload,
          `Payload ${ctx.frame.path} is typed unknown; its schema is empty.`,
          'Give the payload (or this property) a concrete type.',
        );
      }
      return {};
    },
  },
  { name: 'type parameter', test: (t) => t.isTypeParameter(), convert: convertTypeParameter },
  { name: 'never', test: (t) => hasFlag(t, TypeFlags.Never), convert: () => ({ not: {} }) },
  { name: 'null', test: (t) => t.isNull(), convert: () => ({ type: 'null' }) },
  // `undefined`/`void` alone: JSON.stringify drops the property (handled by the object rule).
  { name: 'undefined', test: (t) => t.isUndefined() || hasFlag(t, TypeFlags.Void), convert: () => null },
  { name: 'string', test: (t) => t.isString() || hasFlag(t, TypeFlags.TemplateLiteral | TypeFlags.StringMapping), convert: () => ({ type: 'string' }) },
  { name: 'number', test: (t) => t.isNumber(), convert: () => ({ type: 'number' }) },
  { name: 'boolean', test: (t) => t.isBoolean(), convert: () => ({ type: 'boolean' }) },
  { name: 'literal', test: isLiteral, convert: (ctx) => literalSchema(ctx.type) },
  { name: 'bigint', test: (t) => hasFlag(t, TypeFlags.BigIntLike), convert: (ctx) => warnOmitted(ctx, 'bigint') },
  { name: 'symbol', test: (t) => hasFlag(t, TypeFlags.ESSymbolLike), convert: (ctx) => warnOmitted(ctx, 'symbol') },
  { name: 'object keyword', test: (t) => hasFlag(t, TypeFlags.NonPrimitive), convert: () => ({ type: 'object' }) },
  { name: 'union', test: (t) => t.isUnion(), convert: convertUnion },
  { name: 'Date', test: isDate, convert: () => ({ type: 'string', format: 'date-time' }) },
  { name: 'collection', test: isLibCollection, convert: convertCollection },
  { name: 'tuple', test: (t) => t.isTuple(), convert: convertTuple },
  { name: 'array', test: (t) => t.isArray() || t.isReadonlyArray(), convert: convertArray },
  { name: 'function', test: (t) => t.getCallSignatures().length > 0 && t.getProperties().length === 0, convert: (ctx) => warnOmitted(ctx, 'function') },
  { name: 'toJSON', test: hasToJson, convert: convertToJson },
  { name: 'object', test: (t) => t.isObject() || t.isIntersection(), convert: convertObject },
];

const UNKNOWN_RULE: Rule = {
  name: 'unknown kind',
  test: () => true,
  convert: (ctx) => {
    ctx.conv.report(
      EXTRACT_CODES.unsupportedType,
      `No schema rule for the type of ${ctx.frame.path}; its schema is empty.`,
      'Use plain JSON data types (string, number, boolean, null, arrays, objects) in payloads.',
      ctx.type.getText(),
    );
    return {};
  },
};

function convertTypeParameter(ctx: RuleContext): Converted {
  const t = ctx.type.getDefault() ?? ctx.type.getConstraint();
  return t ? ctx.conv.convertType(t, ctx.frame) : {};
}

function isDate(type: Type): boolean {
  const sym = type.getSymbol();
  if (!sym || sym.getName() !== 'Date') return false;
  return sym.getDeclarations().some((d) => d.getSourceFile().isDeclarationFile());
}

const LIB_COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'ReadonlyMap', 'ReadonlySet']);

/** Map/Set (and weak/readonly forms) from the standard library: JSON.stringify writes `{}` for them. */
function isLibCollection(type: Type): boolean {
  const sym = type.getSymbol();
  if (!sym || !LIB_COLLECTIONS.has(sym.getName())) return false;
  return sym.getDeclarations().some((d) => d.getSourceFile().isDeclarationFile());
}

function convertCollection(ctx: RuleContext): Converted {
  ctx.conv.report(
    EXTRACT_CODES.unserializable,
    `Payload property ${ctx.frame.path} is a ${ctx.type.getSymbol()?.getName() ?? 'collection'}, which JSON.stringify writes as {} (its entries are lost).`,
    'Convert it first: `Object.fromEntries(map)` or `[...set]`.',
    ctx.type.getText(),
  );
  return { type: 'object', properties: {}, additionalProperties: false };
}

function hasToJson(type: Type): boolean {
  // The compiler's symbols, not `type.getProperty`, which wraps every property of every object type for ts-morph first.
  const p = type.compilerType.getProperties().find((s) => s.getName() === 'toJSON');
  return !!p && (p.getFlags() & SymbolFlags.Method) !== 0;
}

function convertToJson(ctx: RuleContext): Converted {
  const p = ctx.type.getProperty('toJSON');
  const sig = p ? ctx.conv.propertyType(p).getCallSignatures()[0] : undefined;
  return sig ? ctx.conv.convertType(sig.getReturnType(), ctx.frame) : {};
}

function convertArray(ctx: RuleContext): Converted {
  const el = ctx.type.getArrayElementType() ?? ctx.type.getTypeArguments()[0];
  if (!el) return { type: 'array' };
  // In arrays JSON.stringify writes undefined/functions as null.
  const items = ctx.conv.convertType(el, { ...ctx.frame, path: `${ctx.frame.path}[]` });
  return { type: 'array', items: items ?? { type: 'null' } };
}

function convertTuple(ctx: RuleContext): Converted {
  const target = ctx.type.compilerType as unknown as { target?: { minLength?: number; hasRestElement?: boolean } };
  const elements = ctx.type.getTupleElements();
  const prefixItems = elements.map((el, i) => ctx.conv.convertType(el, { ...ctx.frame, path: `${ctx.frame.path}[${i}]` }) ?? { type: 'null' });
  const schema: JsonSchema = { type: 'array', prefixItems, minItems: target.target?.minLength ?? elements.length };
  if (!target.target?.hasRestElement) {
    schema.items = false;
    schema.maxItems = elements.length;
  }
  return schema;
}

function convertUnion(ctx: RuleContext): Converted {
  let members = ctx.type.getUnionTypes();
  // `undefined` in a union makes a property optional; the object rule decides `required`.
  members = members.filter((m) => !m.isUndefined() && !hasFlag(m, TypeFlags.Void));
  const hasNull = members.some((m) => m.isNull());
  members = members.filter((m) => !m.isNull());
  // `boolean` is `true | false` to the checker.
  const hasTrue = members.some((m) => m.isBooleanLiteral() && m.getText() === 'true');
  const hasFalse = members.some((m) => m.isBooleanLiteral() && m.getText() === 'false');
  const parts: JsonSchema[] = [];
  if (hasTrue && hasFalse) {
    members = members.filter((m) => !m.isBooleanLiteral());
    parts.push({ type: 'boolean' });
  }
  const strings = members.filter((m) => m.isStringLiteral());
  const numbers = members.filter((m) => m.isNumberLiteral());
  if (strings.length) parts.push(strings.length === 1 ? literalSchema(strings[0] as Type) : { type: 'string', enum: strings.map((s) => String(s.getLiteralValue())) });
  if (numbers.length) parts.push(numbers.length === 1 ? literalSchema(numbers[0] as Type) : { type: 'number', enum: numbers.map((s) => Number(s.getLiteralValue())) });
  let objects = 0;
  for (const m of members) {
    if (m.isStringLiteral() || m.isNumberLiteral()) continue;
    const s = ctx.conv.convertType(m, ctx.frame);
    if (s === null) continue;
    if (m.isObject() || m.isIntersection()) objects++;
    if (!parts.some((p) => JSON.stringify(p) === JSON.stringify(s))) parts.push(s);
  }
  if (parts.length === 0) return hasNull ? { type: 'null' } : null;
  if (parts.length === 1) {
    const only = parts[0] as JsonSchema;
    return hasNull ? withNull(only) : only;
  }
  if (objects !== parts.length) return { anyOf: hasNull ? [...parts, { type: 'null' }] : parts };
  const tag = discriminatorOf(parts);
  // Only a discriminated union is exclusive; other object unions overlap (`{}` fits both `Record<string, A>` and `Record<string, B>`), so `oneOf` would reject valid values.
  if (!tag) return { anyOf: hasNull ? [...parts, { type: 'null' }] : parts };
  const out: JsonSchema = { oneOf: hasNull ? [...parts, { type: 'null' }] : parts };
  // `discriminator` is the OpenAPI annotation keyword; JSON Schema validators ignore it.
  out.discriminator = { propertyName: tag };
  return out;
}

/** The property every member requires with a distinct `const` value (`kind: 'a' | 'b'`), if any. */
function discriminatorOf(parts: JsonSchema[]): string | null {
  const first = parts[0];
  const props = first && isRecord(first.properties) ? first.properties : null;
  if (!props) return null;
  for (const key of Object.keys(props)) {
    const values = parts.map((p) => {
      const prop = isRecord(p.properties) ? p.properties[key] : undefined;
      const required = Array.isArray(p.required) && p.required.includes(key);
      return required && isRecord(prop) && 'const' in prop ? JSON.stringify(prop.const) : null;
    });
    if (values.every((v) => v !== null) && new Set(values).size === values.length) return key;
  }
  return null;
}

function isRecord(v: JsonValue | undefined): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The compiler's error type (an import that does not resolve): `any` to the API, but not written by the user. */
function isErrorType(type: Type): boolean {
  return (type.compilerType as unknown as { intrinsicName?: string }).intrinsicName === 'error';
}

/** Adds the JSDoc of a named type's declaration (interface, alias, class, enum) to its schema. */
function withTypeDocs(schema: JsonSchema, type: Type): JsonSchema {
  if ('$ref' in schema || typeName(type) === null) return schema;
  const sym = type.getAliasSymbol() ?? type.getSymbol();
  const docs = schemaDocs(typeDeclarations(sym?.getDeclarations() ?? []));
  return Object.keys(docs).length ? { ...schema, ...docs } : schema;
}

/** Adds null to a schema: `type: [t, 'null']` when simple, else `anyOf`. */
export function withNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string' && !('$ref' in schema)) {
    const out: JsonSchema = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum)) out.enum = [...schema.enum, null];
    if ('const' in schema) {
      delete out.const;
      out.enum = [schema.const as JsonValue, null];
    }
    return out;
  }
  return { anyOf: [schema, { type: 'null' }] };
}

function convertObject(ctx: RuleContext): Converted {
  const { type, conv, frame } = ctx;
  const properties: Record<string, JsonValue> = {};
  const required: string[] = [];
  for (const prop of type.getProperties()) {
    const decls = prop.getDeclarations();
    // Methods live on the prototype (or are functions): JSON.stringify never writes them.
    if ((prop.getFlags() & SymbolFlags.Method) !== 0) continue;
    const name = prop.getName();
    const path = `${frame.path}.${name}`;
    let propType = conv.propertyType(prop);
    const decl = decls[0];
    if (decl && isWidenableLiteral(decl, propType)) propType = propType.getBaseTypeOfLiteralType();
    const optional = (prop.getFlags() & SymbolFlags.Optional) !== 0 || containsUndefined(propType);
    let schema = conv.convertType(propType, { path, inIndex: false });
    if (schema === null) {
      if (!propType.isUndefined() && !hasFlag(propType, TypeFlags.Void)) continue; // reported by the rule
      continue;
    }
    schema = { ...schema, ...schemaDocs(decls) };
    properties[name] = schema;
    if (!optional) required.push(name);
  }
  const out: JsonSchema = { type: 'object' };
  const title = typeName(type);
  if (title) out.title = title;
  out.properties = properties;
  if (required.length) out.required = required;
  const index = type.getStringIndexType() ?? type.getNumberIndexType();
  if (index) {
    out.additionalProperties = conv.convertType(index, { path: `${frame.path}[key]`, inIndex: true }) ?? {};
  } else {
    out.additionalProperties = false;
  }
  return out;
}

function containsUndefined(type: Type): boolean {
  return type.isUndefined() || (type.isUnion() && type.getUnionTypes().some((t) => t.isUndefined()));
}

/** A property written `{ ok: true }` in an object literal: its inferred literal type is widened. */
function isWidenableLiteral(decl: Node, type: Type): boolean {
  if (!Node.isPropertyAssignment(decl) || !isLiteral(type) || type.isEnumLiteral()) return false;
  const init = decl.getInitializer();
  if (!init || Node.isAsExpression(init)) return false;
  // `{ ... } as const` keeps the literals.
  for (let p: Node | undefined = decl.getParent(); p; p = p.getParent()) {
    if (Node.isAsExpression(p)) return !/^const$/.test(p.getTypeNode()?.getText() ?? '');
    if (!Node.isObjectLiteralExpression(p) && !Node.isPropertyAssignment(p) && !Node.isParenthesizedExpression(p)) break;
  }
  const v = unwrapExpression(init);
  return (
    Node.isStringLiteral(v) ||
    Node.isNoSubstitutionTemplateLiteral(v) ||
    Node.isNumericLiteral(v) ||
    Node.isTrueLiteral(v) ||
    Node.isFalseLiteral(v) ||
    Node.isPrefixUnaryExpression(v)
  );
}
