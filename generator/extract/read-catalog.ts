/**
 * Reads the event catalog: an `as const` array, an object map, a string enum or a union type
 * alias of string literals, with each entry's JSDoc and the group headers between entries.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Node, ts, type Project, type SourceFile } from 'ts-morph';
import type { ResolvedConfig } from '../config.ts';
import { UserError } from '../errors.ts';
import type { EventGroup, SourceLocation } from '../model.ts';
import type { DiagnosticSink } from './diagnostic-sink.ts';
import { EXTRACT_CODES } from './extract-codes.ts';
import { parseJsDoc, type ParsedJsDoc } from './parse-jsdoc.ts';
import { unwrapExpression } from './unwrap-expression.ts';

/** One catalog entry as found in the source. */
export interface CatalogEntry {
  name: string;
  /** Key in an object map / enum member name; null for arrays and union aliases. */
  constant: string | null;
  group: string;
  doc: ParsedJsDoc | null;
  source: SourceLocation;
}

/** The catalog: entries in source order, groups in order, and constant names that map to event names. */
export interface Catalog {
  entries: CatalogEntry[];
  groups: EventGroup[];
  /** `BALANCE_TOPPED_UP` → `balance.topped_up`, from object maps/enums in the catalog file. */
  constants: Map<string, string>;
}

/** Group used for entries that come before any group header. */
export const DEFAULT_GROUP = 'General';

// Group header formats: `// == X ==`, `// --- X ---`, `// ── X ──`, `// #region X`.
const HEADER_PATTERNS = [
  /^\/\/\s*={2,}\s*(.+?)\s*={2,}\s*$/,
  /^\/\/\s*-{2,}\s*(.+?)\s*-{2,}\s*$/,
  /^\/\/\s*[─━]{1,}\s*(.+?)\s*[─━]{1,}\s*$/,
  /^\/\/\s*#region\s+(.+?)\s*$/,
];

/** The group name when a `//` comment is a group header, else null. */
export function groupHeaderName(commentText: string): string | null {
  for (const re of HEADER_PATTERNS) {
    const m = re.exec(commentText.trim());
    if (m?.[1]) return m[1];
  }
  return null;
}

interface Item {
  node: Node;
  name: string | null;
  constant: string | null;
}

/** Reads the configured catalog export; a missing file/export or a non-list is a UserError. */
export function readCatalog(project: Project, config: ResolvedConfig, sink: DiagnosticSink): Catalog {
  const abs = path.resolve(config.rootDir, config.catalog.file);
  const sf = project.getSourceFile(abs) ?? (existsSync(abs) ? project.addSourceFileAtPath(abs) : undefined);
  if (!sf) {
    throw new UserError(
      EXTRACT_CODES.catalogFileMissing,
      `Catalog file ${config.catalog.file} does not exist.`,
      'Set `catalog.file` (relative to `root`) to the file that exports the event list.',
    );
  }
  const items = catalogItems(sf, config, sink);
  const constants = constantMap(sf);
  const entries: CatalogEntry[] = [];
  const groups: EventGroup[] = [];
  let current: EventGroup | null = null;
  const seen = new Set<string>();
  for (const item of items) {
    let doc: ParsedJsDoc | null = null;
    let lastHeaderLine = -1;
    for (const range of leadingComments(item.node)) {
      const text = range.text;
      const line = sf.compilerNode.getLineAndCharacterOfPosition(range.pos).line + 1;
      if (text.startsWith('//')) {
        const header = groupHeaderName(text);
        if (header !== null) {
          current = { name: header, description: null, source: { file: sink.relative(sf.getFilePath()), line } };
          groups.push(current);
          lastHeaderLine = line;
          doc = null;
        } else if (current && lastHeaderLine >= 0 && line === lastHeaderLine + 1) {
          // A note right under the header describes the group (possibly over several lines).
          const note = text.replace(/^\/\/\s?/, '').trim();
          current.description = current.description ? `${current.description} ${note}` : note;
          lastHeaderLine = line;
        }
      } else if (isJsDoc(text)) {
        doc = parseJsDoc(text);
      }
    }
    if (item.name === null) continue;
    if (!current) {
      current = { name: DEFAULT_GROUP, description: null, source: null };
      groups.push(current);
    }
    const source = sink.locate(item.node);
    if (seen.has(item.name)) {
      sink.add({
        code: EXTRACT_CODES.duplicateCatalogEvent,
        severity: 'warning',
        message: `Event "${item.name}" is listed twice in the catalog; the first entry is used.`,
        location: source,
        hint: 'Remove the duplicate entry.',
      });
      continue;
    }
    seen.add(item.name);
    entries.push({ name: item.name, constant: item.constant, group: current.name, doc, source });
    if (item.constant) constants.set(item.constant, item.name);
  }
  // Groups that ended up without entries (e.g. a trailing header) are dropped.
  const used = new Set(entries.map((e) => e.group));
  return { entries, groups: groups.filter((g) => used.has(g.name)).filter(uniqueByName()), constants };
}

function uniqueByName() {
  const names = new Set<string>();
  return (g: EventGroup) => (names.has(g.name) ? false : (names.add(g.name), true));
}

function isJsDoc(t: string): boolean {
  return t.startsWith('/**') && !t.startsWith('/**/');
}

/**
 * Comments that lead a catalog entry. A union member (`| 'a'`) also owns the comments written
 * before its `|`, which the compiler attaches to no node.
 */
function leadingComments(node: Node): { text: string; pos: number }[] {
  const full = node.getSourceFile().getFullText();
  const own = node.getLeadingCommentRanges().map((r) => ({ text: r.getText(), pos: r.getPos() }));
  const parent = node.getParent();
  if (!parent || !Node.isUnionTypeNode(parent)) return own;
  const members = parent.getTypeNodes();
  const i = members.indexOf(node as (typeof members)[number]);
  const from = i > 0 ? (members[i - 1]?.getEnd() ?? parent.getPos()) : parent.getPos();
  const before = (ts.getLeadingCommentRanges(full, from) ?? [])
    .filter((r) => r.end <= node.getPos())
    .map((r) => ({ text: full.slice(r.pos, r.end), pos: r.pos }));
  return [...before, ...own.filter((o) => !before.some((b) => b.pos === o.pos))];
}

/** The export's entries, by declaration kind (a table with an explicit unknown branch). */
function catalogItems(sf: SourceFile, config: ResolvedConfig, sink: DiagnosticSink): Item[] {
  const { file, export: name } = config.catalog;
  const decl = sf.getExportedDeclarations().get(name)?.[0];
  if (!decl) {
    const exported = [...sf.getExportedDeclarations().keys()].sort();
    throw new UserError(
      EXTRACT_CODES.catalogExportInvalid,
      `Catalog export "${name}" not found in ${file}.`,
      exported.length ? `Set \`catalog.export\` to one of: ${exported.slice(0, 12).join(', ')}.` : 'Export the event list from that file.',
    );
  }
  const notAList = () =>
    new UserError(
      EXTRACT_CODES.catalogExportInvalid,
      `Catalog export "${name}" in ${file} is not a list of event names (found ${decl.getKindName()}).`,
      'Point `catalog.export` at an `as const` array, an object map of strings, a string enum or a union of string literals.',
      sink.locate(decl),
    );
  const stringOf = (node: Node): string | null => {
    const inner = unwrapExpression(node);
    if (Node.isStringLiteral(inner) || Node.isNoSubstitutionTemplateLiteral(inner)) return inner.getLiteralValue();
    const t = inner.getType();
    if (t.isStringLiteral()) return String(t.getLiteralValue());
    sink.add({
      code: EXTRACT_CODES.catalogEntryInvalid,
      severity: 'warning',
      message: `Catalog entry is not a string literal; it is skipped.`,
      location: sink.locate(node),
      snippet: node.getText(),
      hint: 'Write each event name as a string literal.',
    });
    return null;
  };
  if (Node.isVariableDeclaration(decl)) {
    const init = decl.getInitializer();
    const value = init ? unwrapExpression(init) : undefined;
    if (value && Node.isArrayLiteralExpression(value)) {
      return value.getElements().map((el) => ({ node: el, name: stringOf(el), constant: null }));
    }
    if (value && Node.isObjectLiteralExpression(value)) {
      return value.getProperties().map((p) => {
        if (Node.isPropertyAssignment(p)) {
          const init2 = p.getInitializer();
          return { node: p, name: init2 ? stringOf(init2) : null, constant: propertyKey(p) };
        }
        return { node: p, name: stringOf(p), constant: null };
      });
    }
    throw notAList();
  }
  if (Node.isEnumDeclaration(decl)) {
    return decl.getMembers().map((m) => {
      const v = m.getValue();
      if (typeof v !== 'string') {
        sink.add({
          code: EXTRACT_CODES.catalogEntryInvalid,
          severity: 'warning',
          message: `Enum member ${m.getName()} has no string value; it is skipped.`,
          location: sink.locate(m),
          hint: 'Use a string enum: `Name = "event.name"`.',
        });
        return { node: m, name: null, constant: m.getName() };
      }
      return { node: m, name: v, constant: m.getName() };
    });
  }
  if (Node.isTypeAliasDeclaration(decl)) {
    const typeNode = decl.getTypeNode();
    const members = typeNode && Node.isUnionTypeNode(typeNode) ? typeNode.getTypeNodes() : typeNode ? [typeNode] : [];
    if (members.length && members.every((m) => Node.isLiteralTypeNode(m) && Node.isStringLiteral(m.getLiteral()))) {
      return members.map((m) => ({ node: m, name: String(m.getType().getLiteralValue()), constant: null }));
    }
    // A derived alias (`(typeof X)[number]`): the checker knows the names, the source has no docs.
    const t = decl.getType();
    const parts = t.isUnion() ? t.getUnionTypes() : [t];
    if (parts.length && parts.every((p) => p.isStringLiteral())) {
      return parts.map((p) => ({ node: decl, name: String(p.getLiteralValue()), constant: null }));
    }
    throw notAList();
  }
  throw notAList();
}

/** The key of a property assignment as written (without quotes). */
function propertyKey(p: Node): string | null {
  if (!Node.isPropertyAssignment(p)) return null;
  const nameNode = p.getNameNode();
  if (Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode)) return nameNode.getLiteralValue();
  if (Node.isComputedPropertyName(nameNode)) return null;
  return nameNode.getText();
}

/** Object maps of string constants and string enums declared in the catalog file. */
function constantMap(sf: SourceFile): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of sf.getVariableDeclarations()) {
    const init = v.getInitializer();
    const value = init ? unwrapExpression(init) : undefined;
    if (!value || !Node.isObjectLiteralExpression(value)) continue;
    for (const p of value.getProperties()) {
      if (!Node.isPropertyAssignment(p)) continue;
      const key = propertyKey(p);
      const pinit = p.getInitializer();
      const pv = pinit ? unwrapExpression(pinit) : undefined;
      if (key && pv && (Node.isStringLiteral(pv) || Node.isNoSubstitutionTemplateLiteral(pv))) map.set(key, pv.getLiteralValue());
    }
  }
  for (const e of sf.getEnums()) {
    for (const m of e.getMembers()) {
      const v = m.getValue();
      if (typeof v === 'string') map.set(m.getName(), v);
    }
  }
  return map;
}
