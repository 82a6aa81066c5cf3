/** Reads the delivery envelope type and its truncation constants named by config.envelope. */
import { Node, type Project } from 'ts-morph';
import type { ResolvedConfig } from '../config.ts';
import type { Envelope } from '../model.ts';
import type { DiagnosticSink } from './diagnostic-sink.ts';
import { arrayElements, evaluatePositiveInteger, evaluateString, initializerOf } from './evaluate-constant.ts';
import { EXTRACT_CODES } from './extract-codes.ts';
import { findExport, sourceFileAt } from './find-export.ts';
import type { SchemaConverter } from './type-to-schema.ts';

/** The envelope schema, size limit and pointer fields, or null (with a diagnostic). */
export function readEnvelope(project: Project, config: ResolvedConfig, sink: DiagnosticSink, converter: SchemaConverter): Envelope | null {
  const cfg = config.envelope;
  if (!cfg) return null;
  const unreadable = (what: string, node?: Node) => {
    sink.add({
      code: EXTRACT_CODES.constantUnreadable,
      severity: 'warning',
      message: `Envelope: ${what}`,
      ...(node ? { location: sink.locate(node) } : {}),
      hint: 'Point config.envelope at an exported interface/type and exported constants.',
    });
    return null;
  };
  const sf = sourceFileAt(project, config.rootDir, cfg.file);
  if (!sf) return unreadable(`file ${cfg.file} does not exist.`);
  const decl = findExport(sf, cfg.type);
  if (!decl || !(Node.isInterfaceDeclaration(decl) || Node.isTypeAliasDeclaration(decl) || Node.isClassDeclaration(decl))) {
    return unreadable(`type "${cfg.type}" not found in ${cfg.file}.`);
  }
  const location = sink.locate(decl);
  const schema = converter.convert(decl.getType(), decl, location, cfg.type) ?? {};
  let maxPayloadBytes: number | null = null;
  if (cfg.maxBytes) {
    const m = findExport(sf, cfg.maxBytes);
    maxPayloadBytes = evaluatePositiveInteger(initializerOf(m));
    if (maxPayloadBytes === null) unreadable(`"${cfg.maxBytes}" is not a positive integer constant.`, m);
  }
  let pointerFields: string[] = [];
  if (cfg.pointerFields) {
    const p = findExport(sf, cfg.pointerFields);
    const init = initializerOf(p);
    const values = init ? arrayElements(init)?.map(evaluateString) : undefined;
    if (values && values.every((v) => v !== null)) pointerFields = values as string[];
    else unreadable(`"${cfg.pointerFields}" is not an array of string literals.`, p);
  }
  return { schema, source: location, maxPayloadBytes, pointerFields };
}
