/**
 * Resolves the event argument of a dispatch call to event names: a table keyed by syntax kind,
 * with the checker's literal types first where they are exact, and an explicit unknown branch.
 */
import { Node, type BindingElement, type CallExpression, type ParameterDeclaration, type Type, type TypeChecker } from 'ts-morph';
import { calleeDeclarations, type CallIndex } from './call-index.ts';
import { initializerOf } from './evaluate-constant.ts';
import { unwrapExpression } from './unwrap-expression.ts';

/** One wrapper call the event name was forwarded through. */
export interface WrapperStep {
  call: CallExpression;
  fn: Node;
  name: string;
}

/** One resolved event name and the wrapper calls it came through (outermost first). */
export interface EventHit {
  event: string;
  via: WrapperStep[];
}

/** An expression that could not be resolved, and why. */
export interface EventFailure {
  node: Node;
  reason: string;
  tooDeep?: boolean;
}

/** All names one argument can carry, plus what could not be resolved. */
export interface Resolution {
  hits: EventHit[];
  failures: EventFailure[];
}

/** Wrapper forwarding is followed this many calls deep. */
export const MAX_WRAPPER_DEPTH = 4;

interface Ctx {
  index: CallIndex;
  checker: TypeChecker;
  depth: number;
  /** Wrapper functions being followed (cycle guard). */
  active: Set<Node>;
}

type Resolver = (node: Node, ctx: Ctx) => Resolution;

const ok = (events: string[]): Resolution => ({ hits: events.map((event) => ({ event, via: [] })), failures: [] });
const fail = (node: Node, reason: string): Resolution => ({ hits: [], failures: [{ node, reason }] });
const merge = (...rs: Resolution[]): Resolution => ({ hits: rs.flatMap((r) => r.hits), failures: rs.flatMap((r) => r.failures) });

/** String literal values of a literal type or a union of literals (string enums included), else null. */
export function literalStrings(type: Type): string[] | null {
  const parts = type.isUnion() ? type.getUnionTypes() : [type];
  if (!parts.length || !parts.every((p) => p.isStringLiteral())) return null;
  return parts.map((p) => String(p.getLiteralValue()));
}

/** Resolves an event argument expression. */
export function resolveEventArgument(node: Node, index: CallIndex, checker: TypeChecker): Resolution {
  return resolve(node, { index, checker, depth: 0, active: new Set() });
}

function resolve(raw: Node, ctx: Ctx): Resolution {
  const node = unwrapExpression(raw);
  const resolver = RESOLVERS.get(node.getKindName()) ?? byType;
  return resolver(node, ctx);
}

/** The unknown branch: exact when the checker's type is a literal (union), else unresolved. */
const byType: Resolver = (node) => {
  const values = literalStrings(node.getType());
  if (values) return ok(values);
  return fail(node, `its type is \`${typeText(node.getType(), node)}\`, not a string literal or a union of string literals`);
};

const RESOLVERS = new Map<string, Resolver>([
  ['StringLiteral', (n) => ok([(n as unknown as { getLiteralValue(): string }).getLiteralValue()])],
  ['NoSubstitutionTemplateLiteral', (n) => ok([(n as unknown as { getLiteralValue(): string }).getLiteralValue()])],
  [
    'ConditionalExpression',
    (n, ctx) => (Node.isConditionalExpression(n) ? merge(resolve(n.getWhenTrue(), ctx), resolve(n.getWhenFalse(), ctx)) : byType(n, ctx)),
  ],
  ['TemplateExpression', resolveTemplate],
  ['Identifier', resolveIdentifier],
  ['PropertyAccessExpression', resolveMember],
  ['ElementAccessExpression', resolveMember],
]);

function resolveTemplate(n: Node, ctx: Ctx): Resolution {
  if (!Node.isTemplateExpression(n)) return byType(n, ctx);
  const exact = literalStrings(n.getType());
  if (exact) return ok(exact);
  let acc: string[] = [n.getHead().getLiteralText()];
  const failures: EventFailure[] = [];
  for (const span of n.getTemplateSpans()) {
    const r = resolve(span.getExpression(), ctx);
    failures.push(...r.failures);
    const parts = [...new Set(r.hits.map((h) => h.event))];
    const tail = span.getLiteral().getLiteralText();
    acc = acc.flatMap((a) => parts.map((p) => a + p + tail));
  }
  return failures.length ? { hits: [], failures } : ok(acc);
}

function resolveMember(n: Node, ctx: Ctx): Resolution {
  const exact = literalStrings(n.getType());
  if (exact) return ok(exact);
  const sym = n.getSymbol();
  const decl = sym?.getValueDeclaration() ?? sym?.getDeclarations()[0];
  if (decl && Node.isPropertyAssignment(decl)) {
    const init = decl.getInitializer();
    if (init) return resolve(init, ctx);
  }
  return byType(n, ctx);
}

function resolveIdentifier(n: Node, ctx: Ctx): Resolution {
  const parent = n.getParent();
  let sym = parent && Node.isShorthandPropertyAssignment(parent) ? ctx.checker.getShorthandAssignmentValueSymbol(parent) : n.getSymbol();
  if (sym?.isAlias()) sym = sym.getAliasedSymbol() ?? sym;
  const decl = sym?.getValueDeclaration() ?? sym?.getDeclarations()[0];
  if (decl && Node.isParameterDeclaration(decl)) return resolveParameter(n, decl, ctx);
  if (decl && Node.isBindingElement(decl)) return resolveDestructured(n, decl, ctx);
  if (decl && Node.isVariableDeclaration(decl)) {
    const list = decl.getParent();
    const stmt = list?.getParent();
    if (stmt && Node.isForOfStatement(stmt)) {
      const exact = literalStrings(n.getType());
      return exact ? ok(exact) : resolveElements(stmt.getExpression(), ctx);
    }
    const exact = literalStrings(n.getType());
    if (exact) return ok(exact);
    const init = decl.getInitializer();
    if (init && Node.isVariableDeclarationList(list) && list.getFlags() & 2 /* NodeFlags.Const */) return resolve(init, ctx);
    return byType(n, ctx);
  }
  return byType(n, ctx);
}

/** The values an array expression iterates over (`for…of` / `.forEach`). */
function resolveElements(expr: Node, ctx: Ctx): Resolution {
  const node = unwrapExpression(expr);
  if (Node.isArrayLiteralExpression(node)) return merge(...node.getElements().map((el) => resolve(el, ctx)));
  if (Node.isIdentifier(node)) {
    const init = initializerOf(node.getSymbol()?.getValueDeclaration());
    if (init) return resolveElements(init, ctx);
  }
  const t = node.getType();
  const el = t.getArrayElementType() ?? t.getNumberIndexType();
  const tupleValues = t.isTuple() ? t.getTupleElements().map(literalStrings) : [];
  const values = t.isTuple()
    ? tupleValues.every((v) => v !== null) ? tupleValues.flatMap((v) => v ?? []) : null
    : el ? literalStrings(el) : null;
  return values ? ok(values) : fail(node, 'the iterated list is not a list of string literals');
}

/** A parameter: a `.forEach` callback's item, or a wrapper's forwarded argument. */
function resolveParameter(n: Node, param: ParameterDeclaration, ctx: Ctx): Resolution {
  const fn = param.getParent();
  const fnParent = fn.getParent();
  if ((Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && fnParent && Node.isCallExpression(fnParent)) {
    const callee = fnParent.getExpression();
    if (Node.isPropertyAccessExpression(callee) && ['forEach', 'map', 'flatMap'].includes(callee.getName()) && fn.getParameters()[0] === param) {
      const exact = literalStrings(n.getType());
      return exact ? ok(exact) : resolveElements(callee.getExpression(), ctx);
    }
  }
  const found = wrapperCalls(fn, param, ctx);
  if (!found) return byType(n, ctx);
  const { wrapper, index } = found;
  return forEachWrapperCall(found, ctx, (call, inner) => {
    const arg = call.getArguments()[index];
    if (arg) return resolve(arg, inner);
    const init = param.getInitializer();
    return init ? resolve(init, inner) : fail(call, `the call of ${wrapper} does not pass the event argument`);
  });
}

/**
 * A property destructured from a wrapper's parameter (`function notify({ event }: Input)`):
 * resolved from the same-named property of the object each caller passes.
 */
function resolveDestructured(n: Node, element: BindingElement, ctx: Ctx): Resolution {
  const pattern = element.getParent();
  const param = pattern.getParent();
  if (!Node.isObjectBindingPattern(pattern) || !param || !Node.isParameterDeclaration(param)) return byType(n, ctx);
  const key = element.getPropertyNameNode()?.getText() ?? element.getName();
  const found = wrapperCalls(param.getParent(), param, ctx);
  if (!found) return byType(n, ctx);
  const { wrapper, index } = found;
  return forEachWrapperCall(found, ctx, (call, inner) => {
    const arg = call.getArguments()[index];
    const obj = arg ? unwrapExpression(arg) : undefined;
    if (!obj || !Node.isObjectLiteralExpression(obj)) {
      // Not written inline: only the declared type of the property can say which names it holds.
      const type = arg?.getType().getProperty(key)?.getTypeAtLocation(call);
      const values = type ? literalStrings(type) : null;
      return values ? ok(values) : fail(arg ?? call, `the \`${key}\` passed to ${wrapper} is not a string literal or a union of string literals`);
    }
    const prop = obj.getProperty(key);
    if (prop && Node.isPropertyAssignment(prop)) {
      const init = prop.getInitializer();
      if (init) return resolve(init, inner);
    }
    if (prop && Node.isShorthandPropertyAssignment(prop)) return resolve(prop.getNameNode(), inner);
    const init = element.getInitializer();
    return init ? resolve(init, inner) : fail(call, `the call of ${wrapper} does not pass \`${key}\``);
  });
}

/** A wrapper function, the name it is called by, the position of the forwarding parameter, and its calls. */
interface WrapperCalls {
  fn: Node;
  wrapper: string;
  index: number;
  calls: CallExpression[];
}

/** The calls of the function declaring `param` (confirmed by the checker), or null when it is no followable wrapper. */
function wrapperCalls(fn: Node, param: ParameterDeclaration, ctx: Ctx): WrapperCalls | null {
  const wrapper = wrapperName(fn);
  const index = (fn as unknown as { getParameters?(): ParameterDeclaration[] }).getParameters?.().indexOf(param) ?? -1;
  if (!wrapper || index < 0 || ctx.active.has(fn)) return null;
  const calls = (ctx.index.byName.get(wrapper) ?? []).filter((c) => calleeDeclarations(c).some((d) => d === fn || d === fn.getParent()));
  return calls.length ? { fn, wrapper, index, calls } : null;
}

/** Resolves the forwarded value at every call of a wrapper, one level deeper, adding the call to `via`. */
function forEachWrapperCall(
  { fn, wrapper, calls }: WrapperCalls,
  ctx: Ctx,
  resolveAt: (call: CallExpression, inner: Ctx) => Resolution,
): Resolution {
  if (ctx.depth >= MAX_WRAPPER_DEPTH) {
    return { hits: [], failures: [{ node: calls[0] ?? fn, reason: `it is forwarded through more than ${MAX_WRAPPER_DEPTH} wrapper functions`, tooDeep: true }] };
  }
  const inner: Ctx = { ...ctx, depth: ctx.depth + 1, active: new Set([...ctx.active, fn]) };
  const out: Resolution = { hits: [], failures: [] };
  for (const call of calls) {
    const r = resolveAt(call, inner);
    out.failures.push(...r.failures);
    out.hits.push(...r.hits.map((h) => ({ event: h.event, via: [...h.via, { call, fn, name: wrapper }] })));
  }
  return out;
}

/** The name a function is called by: its own name, or the variable/property it is assigned to. */
function wrapperName(fn: Node): string | undefined {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) return fn.getName();
  if (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) {
    const p = fn.getParent();
    if (p && (Node.isVariableDeclaration(p) || Node.isPropertyAssignment(p))) return p.getName();
  }
  return undefined;
}

/** A type as text without absolute `import("...")` prefixes. */
export function typeText(type: Type, enclosing?: Node): string {
  return type.getText(enclosing).replace(/import\("[^"]*"\)\./g, '');
}
