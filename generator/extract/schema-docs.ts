/** JSDoc of a payload's declarations as JSON Schema annotations (description, examples, deprecated). */
import { Node, type ts } from 'ts-morph';
import type { JsonSchema, JsonValue } from '../model.ts';
import { parseJsDoc, type ParsedJsDoc } from './parse-jsdoc.ts';

/**
 * description / examples / deprecated from the JSDoc of the first declaration that has one:
 * a property, or a named type (interface, alias, class, enum). Tags never stay in the text.
 */
export function schemaDocs(decls: Node[]): JsonSchema {
  for (const d of decls) {
    if (!Node.isJSDocable(d)) continue;
    // What `d.getJsDocs()` reads, without a ts-morph wrapper per JSDoc node (this runs for every payload property).
    const docs = (d.compilerNode as { jsDoc?: ts.JSDoc[] }).jsDoc;
    const last = docs?.[docs.length - 1];
    if (!last) continue;
    const parsed = parsedDoc(last.getText(d.getSourceFile().compilerNode));
    const out: JsonSchema = {};
    if (parsed.description) out.description = parsed.description;
    const examples = parsed.tags.filter((t) => t.name === 'example').map((t) => parseExample(t.text));
    if (examples.length) out.examples = examples;
    if (parsed.tags.some((t) => t.name === 'deprecated')) out.deprecated = true;
    return out;
  }
  return {};
}

// Payload properties repeat their docs (`When this happened (UTC).`); parsing is pure, so each text is parsed once.
const parsedDocs = new Map<string, ParsedJsDoc>();

function parsedDoc(text: string): ParsedJsDoc {
  let parsed = parsedDocs.get(text);
  if (!parsed) parsedDocs.set(text, (parsed = parseJsDoc(text)));
  return parsed;
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
