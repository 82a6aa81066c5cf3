/** Follows a value forwarded by a wrapper back to what one of the wrapper's callers passed. */
import { Node, type CallExpression } from 'ts-morph';
import { unwrapExpression } from './unwrap-expression.ts';

/**
 * The expression `call` passes for `value` inside wrapper `fn`: the argument of a parameter
 * (`notify(event, payload)`), or the property of an inline object argument for a destructured
 * parameter (`notify({ event, payload })`). Undefined when the value is not forwarded that way.
 */
export function forwardedArgument(value: Node, fn: Node, call: CallExpression): Node | undefined {
  const inner = unwrapExpression(value);
  const decl = Node.isIdentifier(inner) ? valueDeclaration(inner) : undefined;
  if (!decl) return undefined;
  const params = (fn as unknown as { getParameters?(): Node[] }).getParameters?.() ?? [];
  if (Node.isParameterDeclaration(decl)) {
    return decl.getParent() === fn ? call.getArguments()[params.indexOf(decl)] : undefined;
  }
  if (!Node.isBindingElement(decl)) return undefined;
  const param = decl.getParent().getParent();
  if (!param || !Node.isParameterDeclaration(param) || param.getParent() !== fn) return undefined;
  const arg = call.getArguments()[params.indexOf(param)];
  const obj = arg ? unwrapExpression(arg) : undefined;
  if (!obj || !Node.isObjectLiteralExpression(obj)) return undefined;
  const prop = obj.getProperty(decl.getPropertyNameNode()?.getText() ?? decl.getName());
  if (prop && Node.isPropertyAssignment(prop)) return prop.getInitializer();
  if (prop && Node.isShorthandPropertyAssignment(prop)) return prop.getNameNode();
  return undefined;
}

/** The declaration an identifier's value comes from (`{ payload }` shorthand: the variable, not the property). */
export function valueDeclaration(id: Node): Node | undefined {
  const parent = id.getParent();
  const sym =
    parent && Node.isShorthandPropertyAssignment(parent)
      ? id.getProject().getTypeChecker().getShorthandAssignmentValueSymbol(parent)
      : id.getSymbol();
  return sym?.getValueDeclaration();
}
