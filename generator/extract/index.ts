/**
 * The extractor: reads the platform's source with one ts-morph Project and returns the model
 * (catalog events, dispatch sites with payload schemas, retry policy, envelope, diagnostics).
 * Only this directory imports ts-morph; nothing from it escapes into the model.
 */
import { ts, type Node, type Project } from 'ts-morph';
import type { ResolvedConfig } from '../config.ts';
import { bareEvent, type DispatchSite, type EventGroup, type JsonSchema, type Model, type SourceLocation, type WebhookEvent } from '../model.ts';
import { buildCallIndex, type CallIndex } from './call-index.ts';
import { createProject } from './create-project.ts';
import { DiagnosticSink } from './diagnostic-sink.ts';
import { EXTRACT_CODES, UNRESOLVED_EVENT_HINT } from './extract-codes.ts';
import { findDispatchSites, type RawSite } from './find-dispatch-sites.ts';
import { firstSentence } from './first-sentence.ts';
import { forwardedArgument } from './forwarded-argument.ts';
import { mergeSchemas } from './merge-schemas.ts';
import { readCatalog, type Catalog, type CatalogEntry } from './read-catalog.ts';
import { readEnvelope } from './read-envelope.ts';
import { readRetryPolicy } from './read-retry-policy.ts';
import { literalStrings, resolveEventArgument, typeText, type EventHit, type Resolution } from './resolve-event-argument.ts';
import { resolveReplacement } from './resolve-replacement.ts';
import { SchemaConverter } from './type-to-schema.ts';

/** Group for non-catalog events whose name shares no prefix with a catalog event. */
export const OTHER_GROUP = 'Other';

/** Extracts the model from the platform named by the config (synchronous, one Project). */
export function extract(config: ResolvedConfig): Model {
  const project = createProject(config);
  return extractFromProject(project, config);
}

/** Extracts from an existing Project (tests build in-memory projects). */
export function extractFromProject(project: Project, config: ResolvedConfig): Model {
  const sink = new DiagnosticSink(config.rootDir);
  const catalog = readCatalog(project, config, sink);
  const index = buildCallIndex(project);
  reportSyntaxErrors(project, index, sink);
  const converter = new SchemaConverter(sink);
  const sitesByEvent = collectSites(project, config, index, sink, converter);

  const catalogNames = new Set(catalog.entries.map((e) => e.name));
  const events: WebhookEvent[] = catalog.entries.map((entry) => catalogEvent(entry, catalog, sitesByEvent.get(entry.name) ?? []));
  const extraNames = [...sitesByEvent.keys()].filter((n) => !catalogNames.has(n)).sort();
  const groups: EventGroup[] = catalog.groups.map((g) => ({ ...g }));
  for (const name of extraNames) {
    const group = groupByPrefix(name, catalog.entries);
    if (!groups.some((g) => g.name === group)) groups.push({ name: group, description: null, source: null });
    const sites = sitesByEvent.get(name) ?? [];
    events.push(
      bareEvent(name, group, {
        dispatchSites: sites,
        payloadSchema: mergeSchemas(sites.flatMap((s) => (s.payloadSchema ? [s.payloadSchema] : []))),
      }),
    );
  }
  return {
    version: 1,
    groups,
    events,
    envelope: readEnvelope(project, config, sink, converter),
    retryPolicy: readRetryPolicy(project, config, sink),
    diagnostics: sink.sorted(),
  };
}

function catalogEvent(entry: CatalogEntry, catalog: Catalog, sites: DispatchSite[]): WebhookEvent {
  const tags = entry.doc?.tags ?? [];
  const deprecatedTag = tags.find((t) => t.name === 'deprecated');
  const description = entry.doc?.description ?? null;
  return {
    name: entry.name,
    group: entry.group,
    constant: entry.constant,
    summary: firstSentence(description),
    description,
    deprecated: deprecatedTag
      ? { message: deprecatedTag.text, replacement: resolveReplacement(deprecatedTag.text, entry.name, catalog) }
      : null,
    since: tags.find((t) => t.name === 'since')?.text ?? null,
    see: tags.filter((t) => t.name === 'see').map((t) => t.text),
    tags: tags.filter((t) => !['deprecated', 'since', 'see'].includes(t.name)),
    inCatalog: true,
    catalogSource: entry.source,
    dispatchSites: sites,
    payloadSchema: mergeSchemas(sites.flatMap((s) => (s.payloadSchema ? [s.payloadSchema] : []))),
  };
}

/** The group of the catalog event sharing the most leading name segments (`call.` → Voice), else Other. */
function groupByPrefix(name: string, entries: CatalogEntry[]): string {
  const segs = name.split('.');
  let best = 0;
  let group = OTHER_GROUP;
  for (const e of entries) {
    const other = e.name.split('.');
    let n = 0;
    while (n < segs.length - 1 && n < other.length && segs[n] === other[n]) n++;
    if (n > best) {
      best = n;
      group = e.group;
    }
  }
  return group;
}

function reportSyntaxErrors(project: Project, index: CallIndex, sink: DiagnosticSink): void {
  const program = project.getProgram().compilerObject;
  for (const sf of index.files) {
    for (const d of program.getSyntacticDiagnostics(sf.compilerNode)) {
      const { line, column } = sf.getLineAndColumnAtPos(d.start ?? 0);
      sink.add({
        code: EXTRACT_CODES.syntaxError,
        severity: 'error',
        message: `Syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
        location: { file: sink.relative(sf.getFilePath()), line, column },
        hint: 'Fix the syntax error; calls in the damaged part of the file may be missed until then.',
      });
    }
  }
}

/** Resolves every site's events and payload schema; returns sites per event, sorted. */
function collectSites(
  project: Project,
  config: ResolvedConfig,
  index: CallIndex,
  sink: DiagnosticSink,
  converter: SchemaConverter,
): Map<string, DispatchSite[]> {
  const checker = project.getTypeChecker();
  const out = new Map<string, DispatchSite[]>();
  const seen = new Set<string>();
  for (const raw of findDispatchSites(project, config, index, sink)) {
    const where = sink.locate(raw.call);
    if (!raw.event) {
      sink.add({
        code: EXTRACT_CODES.missingArgument,
        severity: 'error',
        message: `This ${raw.dispatcher.name} call has no event argument at ${JSON.stringify(raw.dispatcher.event)}.`,
        location: where,
        snippet: clip(raw.call.getText()),
        hint: 'Check `event` of this dispatcher in config.dispatchers.',
      });
      continue;
    }
    const resolution: Resolution = raw.event.exact
      ? resolveEventArgument(raw.event.node, index, checker)
      : typeOnly(raw.event.node, raw.event.type);
    for (const f of resolution.failures) {
      sink.add({
        code: f.tooDeep ? EXTRACT_CODES.wrapperTooDeep : EXTRACT_CODES.unresolvedEvent,
        severity: 'error',
        message: `Cannot resolve the event name passed to ${raw.dispatcher.name}: ${f.reason}.`,
        location: sink.locate(f.node),
        snippet: clip(f.node.getText()),
        hint: UNRESOLVED_EVENT_HINT,
      });
    }
    for (const hit of resolution.hits) {
      const site = buildSite(raw, where, hit, sink, converter);
      const key = JSON.stringify([hit.event, site.file, site.line, site.column, site.via]);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = out.get(hit.event);
      if (list) list.push(site);
      else out.set(hit.event, [site]);
    }
  }
  for (const list of out.values()) list.sort(compareSites);
  return out;
}

function typeOnly(node: Node, type: import('ts-morph').Type): Resolution {
  const values = literalStrings(type);
  return values
    ? { hits: values.map((event) => ({ event, via: [] })), failures: [] }
    : { hits: [], failures: [{ node, reason: `its type is \`${typeText(type, node)}\`, not a union of string literals` }] };
}

function buildSite(raw: RawSite, where: SourceLocation, hit: EventHit, sink: DiagnosticSink, converter: SchemaConverter): DispatchSite {
  let payloadType: string;
  let payloadSchema: JsonSchema | null;
  if (!raw.payload) {
    sink.add({
      code: EXTRACT_CODES.missingArgument,
      severity: 'warning',
      message: `This ${raw.dispatcher.name} call has no payload argument at ${JSON.stringify(raw.dispatcher.payload)}.`,
      location: where,
      hint: 'Check `payload` of this dispatcher in config.dispatchers.',
    });
    payloadType = 'undefined';
    payloadSchema = null;
  } else {
    // A payload forwarded through the same wrappers as the event is typed at the outer call.
    let node = raw.payload.node;
    let type = raw.payload.type;
    let anchor: Node = raw.call;
    if (raw.payload.exact) {
      for (const step of [...hit.via].reverse()) {
        const arg = forwardedArgument(node, step.fn, step.call);
        if (!arg) break;
        node = arg;
        type = arg.getType();
        anchor = step.call;
      }
    }
    payloadType = typeText(type, anchor);
    payloadSchema = converter.convert(type, anchor, sink.locate(node));
  }
  return {
    file: where.file,
    line: where.line,
    column: where.column ?? 1,
    function: raw.dispatcher.name,
    via: hit.via.map((s) => ({ ...sink.locate(s.call), function: s.name })),
    payloadType,
    payloadSchema,
  };
}

function compareSites(a: DispatchSite, b: DispatchSite): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  const va = JSON.stringify(a.via);
  const vb = JSON.stringify(b.via);
  return va < vb ? -1 : va > vb ? 1 : 0;
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 200 ? `${one.slice(0, 197)}...` : one;
}
