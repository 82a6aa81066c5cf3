/**
 * Finds the calls of the configured dispatchers: syntactically through the call index first,
 * then confirmed with the checker (aliases and re-exports followed) against the configured module.
 */
import path from 'node:path';
import { Node, type CallExpression, type Project, type Type } from 'ts-morph';
import type { DispatcherConfig, ResolvedConfig } from '../config.ts';
import { calleeDeclarations, type CallIndex } from './call-index.ts';
import type { DiagnosticSink } from './diagnostic-sink.ts';
import { EXTRACT_CODES } from './extract-codes.ts';
import { sourceFileAt } from './find-export.ts';
import { unwrapExpression } from './unwrap-expression.ts';

/** An argument of a call: the expression (for locations) and its type where it is used. */
export interface ArgRef {
  node: Node;
  type: Type;
  /** True when `node` is the expression itself (not the object that contains it). */
  exact: boolean;
}

/** One confirmed call of a dispatcher. */
export interface RawSite {
  call: CallExpression;
  dispatcher: DispatcherConfig;
  event: ArgRef | undefined;
  payload: ArgRef | undefined;
}

/** All confirmed dispatcher calls, in no particular order. */
export function findDispatchSites(project: Project, config: ResolvedConfig, index: CallIndex, sink: DiagnosticSink): RawSite[] {
  const sites: RawSite[] = [];
  const dispatcherDecls = new Set<Node>();
  const perDispatcher = config.dispatchers.map((d) => {
    const moduleFile = d.module ? sourceFileAt(project, config.rootDir, d.module) : undefined;
    const declared = moduleFile ? declaredIn(moduleFile.getFilePath(), d.name, project) : [];
    for (const n of declared) dispatcherDecls.add(n);
    return { d, moduleFile, declared };
  });
  for (const { d, moduleFile, declared } of perDispatcher) {
    if (d.module && (!moduleFile || declared.length === 0)) {
      sink.add({
        code: EXTRACT_CODES.dispatcherUnused,
        // A dispatcher that does not exist hides every call it stands for: the docs would be empty, so fail.
        severity: 'error',
        message: moduleFile
          ? `Dispatcher "${d.name}" is not declared in ${d.module}.`
          : `Dispatcher module ${d.module} of "${d.name}" does not exist.`,
        hint: 'Fix `name`/`module` of this entry in config.dispatchers.',
      });
      continue;
    }
    const modulePath = moduleFile ? path.normalize(moduleFile.getFilePath()) : undefined;
    let count = 0;
    for (const call of index.byName.get(d.name) ?? []) {
      const decls = calleeDeclarations(call);
      const matches = modulePath
        ? decls.some((decl) => path.normalize(decl.getSourceFile().getFilePath()) === modulePath)
        : decls.length === 0 || decls.some((decl) => (decl as { getName?: () => string | undefined }).getName?.() === d.name);
      if (!matches) continue;
      // A dispatcher that calls another dispatcher is plumbing, not a dispatch site.
      if (insideAny(call, dispatcherDecls)) continue;
      count++;
      sites.push({ call, dispatcher: d, event: argument(call, d.event), payload: argument(call, d.payload) });
    }
    if (count === 0) {
      sink.add({
        code: EXTRACT_CODES.dispatcherUnused,
        severity: 'warning',
        message: `Dispatcher "${d.name}" is never called.`,
        hint: 'Check `name` (and `module`) of this entry in config.dispatchers, or remove it.',
      });
    }
  }
  return sites;
}

/** Declarations named `name` in the module: exported functions, variables, class/object methods. */
function declaredIn(filePath: string, name: string, project: Project): Node[] {
  const sf = project.getSourceFile(filePath);
  if (!sf) return [];
  const out: Node[] = [...(sf.getExportedDeclarations().get(name) ?? [])];
  for (const n of sf.getDescendants()) {
    if ((Node.isMethodDeclaration(n) || Node.isMethodSignature(n) || Node.isFunctionDeclaration(n)) && n.getName() === name) {
      if (!out.includes(n)) out.push(n);
    }
  }
  return out;
}

function insideAny(node: Node, decls: Set<Node>): boolean {
  if (decls.size === 0) return false;
  for (let p = node.getParent(); p; p = p.getParent()) if (decls.has(p)) return true;
  return false;
}

/** The argument at a position, or at a property path inside the first (object) argument. */
export function argument(call: CallExpression, ref: number | string): ArgRef | undefined {
  const args = call.getArguments();
  if (typeof ref === 'number') {
    const a = args[ref];
    return a ? { node: a, type: a.getType(), exact: true } : undefined;
  }
  const first = args[0];
  if (!first) return undefined;
  let node: Node = first;
  let exact = true;
  let type: Type = first.getType();
  for (const segment of ref.split('.')) {
    const obj = exact ? unwrapExpression(node) : undefined;
    if (obj && Node.isObjectLiteralExpression(obj)) {
      const prop = obj.getProperty(segment);
      if (prop && Node.isPropertyAssignment(prop)) {
        const init = prop.getInitializer();
        if (!init) return undefined;
        node = init;
        type = init.getType();
        continue;
      }
      if (prop && Node.isShorthandPropertyAssignment(prop)) {
        node = prop.getNameNode();
        type = prop.getNameNode().getType();
        continue;
      }
    }
    // Not written inline (`dispatch(input)`): fall back to the declared property type.
    const sym = type.getProperty(segment);
    if (!sym) return undefined;
    type = sym.getTypeAtLocation(call);
    exact = false;
  }
  return { node, type, exact };
}
