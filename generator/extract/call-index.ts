/** Indexes every call expression of the project by callee name, in one syntactic pass. */
import { Node, SyntaxKind, type CallExpression, type Project, type SourceFile } from 'ts-morph';

/** Calls keyed by the callee's written name and by the original name of an aliased import. */
export interface CallIndex {
  byName: Map<string, CallExpression[]>;
  files: SourceFile[];
}

/** The name a call is written with: `f(...)` → f, `a.b.f(...)` → f. */
export function calleeNameNode(call: CallExpression): Node | undefined {
  const callee = call.getExpression();
  if (Node.isIdentifier(callee)) return callee;
  if (Node.isPropertyAccessExpression(callee)) return callee.getNameNode();
  return undefined;
}

/** Walks each source file of the project once (no findReferences) and indexes its calls. */
export function buildCallIndex(project: Project): CallIndex {
  const byName = new Map<string, CallExpression[]>();
  const files = project.getSourceFiles().filter((sf) => !sf.isDeclarationFile() && !sf.isInNodeModules());
  for (const sf of files) {
    // `import { dispatch as send }`: calls of `send` are also indexed under `dispatch`.
    const aliases = new Map<string, string>();
    for (const imp of sf.getImportDeclarations()) {
      for (const spec of imp.getNamedImports()) {
        const alias = spec.getAliasNode();
        if (alias) aliases.set(alias.getText(), spec.getNameNode().getText());
      }
    }
    for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const nameNode = calleeNameNode(call);
      if (!nameNode) continue;
      const name = nameNode.getText();
      push(byName, name, call);
      const original = aliases.get(name);
      if (original && original !== name) push(byName, original, call);
    }
  }
  return { byName, files };
}

function push(map: Map<string, CallExpression[]>, key: string, call: CallExpression): void {
  const list = map.get(key);
  if (list) list.push(call);
  else map.set(key, [call]);
}

/** Declarations the callee resolves to, after following import aliases and re-exports. */
export function calleeDeclarations(call: CallExpression): Node[] {
  const nameNode = calleeNameNode(call);
  let sym = nameNode?.getSymbol();
  if (!sym) return [];
  for (let i = 0; i < 10 && sym.isAlias(); i++) {
    const next = sym.getAliasedSymbol();
    if (!next || next === sym) break;
    sym = next;
  }
  return sym.getDeclarations();
}
