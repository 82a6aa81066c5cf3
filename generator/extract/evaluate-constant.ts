/** Evaluates exported numeric/string constants (retry delays, size limits) without running code. */
import { Node, SyntaxKind } from 'ts-morph';
import { unwrapExpression } from './unwrap-expression.ts';

/** The initializer of a `const x = …` declaration; undefined for anything else (or nothing). */
export function initializerOf(decl: Node | undefined): Node | undefined {
  return decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
}

/** A constant that must be a positive integer (a size limit, an attempt count); else null. */
export function evaluatePositiveInteger(node: Node | undefined): number | null {
  const v = node ? evaluateNumber(node) : null;
  return v !== null && Number.isInteger(v) && v > 0 ? v : null;
}

/** A number from a literal type, a numeric literal or simple arithmetic (`256 * 1024`); else null. */
export function evaluateNumber(node: Node): number | null {
  const t = node.getType();
  if (t.isNumberLiteral()) return Number(t.getLiteralValue());
  const n = unwrapExpression(node);
  if (Node.isNumericLiteral(n)) return n.getLiteralValue();
  if (Node.isPrefixUnaryExpression(n)) {
    const v = evaluateNumber(n.getOperand());
    if (v === null) return null;
    return n.getOperatorToken() === SyntaxKind.MinusToken ? -v : n.getOperatorToken() === SyntaxKind.PlusToken ? v : null;
  }
  if (Node.isBinaryExpression(n)) {
    const a = evaluateNumber(n.getLeft());
    const b = evaluateNumber(n.getRight());
    if (a === null || b === null) return null;
    switch (n.getOperatorToken().getKind()) {
      case SyntaxKind.PlusToken: return a + b;
      case SyntaxKind.MinusToken: return a - b;
      case SyntaxKind.AsteriskToken: return a * b;
      case SyntaxKind.SlashToken: return b === 0 ? null : a / b;
      case SyntaxKind.AsteriskAsteriskToken: return a ** b;
      case SyntaxKind.LessThanLessThanToken: return a << b;
      default: return null;
    }
  }
  if (Node.isIdentifier(n) || Node.isPropertyAccessExpression(n)) {
    const init = initializerOf(n.getSymbol()?.getAliasedSymbol()?.getValueDeclaration() ?? n.getSymbol()?.getValueDeclaration());
    if (init && init !== node) return evaluateNumber(init);
  }
  return null;
}

/** The elements of an array literal (through `as const`), or null when the node is not one. */
export function arrayElements(node: Node): Node[] | null {
  const n = unwrapExpression(node);
  return Node.isArrayLiteralExpression(n) ? n.getElements() : null;
}

/** A string from a literal or a literal type; else null. */
export function evaluateString(node: Node): string | null {
  const n = unwrapExpression(node);
  if (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) return n.getLiteralValue();
  const t = n.getType();
  return t.isStringLiteral() ? String(t.getLiteralValue()) : null;
}
