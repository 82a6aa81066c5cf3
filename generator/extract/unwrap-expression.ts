/** Strips wrappers that do not change a value: parentheses, `as`, `satisfies`, `!`, `<T>x`. */
import { Node } from 'ts-morph';

/** The expression under `(x)`, `x as const`, `x satisfies T`, `x!` and `<T>x`. */
export function unwrapExpression(node: Node): Node {
  let cur = node;
  for (;;) {
    if (
      Node.isParenthesizedExpression(cur) ||
      Node.isAsExpression(cur) ||
      Node.isSatisfiesExpression(cur) ||
      Node.isNonNullExpression(cur) ||
      Node.isTypeAssertion(cur)
    ) {
      cur = cur.getExpression();
    } else {
      return cur;
    }
  }
}
