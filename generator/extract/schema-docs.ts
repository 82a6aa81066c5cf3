/** JSDoc of a payload's declarations as JSON Schema annotations (description, examples, deprecated). */
import { Node } from 'ts-morph';
import type { JsonSchema, JsonValue } from '../model.ts';
import { parseJsDoc } from './parse-jsdoc.ts';

/**
 * description / examples / deprecated from the JSDoc of the first declaration that has one:
 * a property, or a named type (interface, alias, class, enum). Tags never stay in the text.
 */
export function schemaDocs(decls: Node[]): JsonSchema {
  for (const d of decls) {
    if (!Node.isJSDocable(d)) continue;
    const docs = d.getJsDocs();
    const last = docs[docs.length - 1];
    if (!last) continue;
    const parsed = parseJsDoc(last.getText());
    const out: JsonSchema = {};
    if (parsed.description) out.description = parsed.description;
    const examples = parsed.tags.filter((t) => t.name === 'example').map((t) => parseExample(t.text));
    if (examples.length) out.examples = examples;
    if (parsed.tags.some((t) => t.name === 'deprecated')) out.deprecated = true;
    return out;
  }
  return {};
}

/** Declarations of a named type whose JSDoc documents the type itself. */
export function typeDeclarations(decls: Node[]): Node[] {
  return decls.filter(
    (d) => Node.isInterfaceDeclaration(d) || Node.isTypeAliasDeclaration(d) || Node.isClassDeclaration(d) || Node.isEnumDeclaration(d),
  );
}

/** An @example value: JSON when it parses (fences stripped), else the text as a string. */
export function parseExample(text: string): JsonValue {
  const trimmed = text.trim().replace(/^```\w*\n?|\n?```$/g, '');
  try {
    return JSON.parse(trimmed) as JsonValue;
  } catch {
    return trimmed;
  }
}
