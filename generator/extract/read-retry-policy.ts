/** Reads the retry policy constants named by config.retryPolicy. */
import type { Node, Project } from 'ts-morph';
import type { ResolvedConfig } from '../config.ts';
import type { RetryPolicy } from '../model.ts';
import type { DiagnosticSink } from './diagnostic-sink.ts';
import { arrayElements, evaluateNumber, evaluatePositiveInteger, initializerOf } from './evaluate-constant.ts';
import { EXTRACT_CODES } from './extract-codes.ts';
import { findExport, sourceFileAt } from './find-export.ts';

/** The retry policy in seconds with its source, or null (with a diagnostic) when it cannot be read. */
export function readRetryPolicy(project: Project, config: ResolvedConfig, sink: DiagnosticSink): RetryPolicy | null {
  const cfg = config.retryPolicy;
  if (!cfg) return null;
  const sf = sourceFileAt(project, config.rootDir, cfg.file);
  const unreadable = (what: string, node?: Node) => {
    sink.add({
      code: EXTRACT_CODES.constantUnreadable,
      severity: 'warning',
      message: `Retry policy: ${what}`,
      ...(node ? { location: sink.locate(node) } : {}),
      hint: 'Point config.retryPolicy at an exported array of number literals (and a number for maxAttempts).',
    });
    return null;
  };
  if (!sf) return unreadable(`file ${cfg.file} does not exist.`);
  const decl = findExport(sf, cfg.delays);
  const init = initializerOf(decl);
  if (!decl || !init) return unreadable(`export "${cfg.delays}" not found in ${cfg.file}.`);
  const elements = arrayElements(init);
  const delays = elements?.map(evaluateNumber);
  if (!delays || delays.some((d) => d === null)) return unreadable(`"${cfg.delays}" is not an array of numbers.`, decl);
  const factor = cfg.unit === 'ms' ? 1 / 1000 : 1;
  let maxAttempts: number | null = null;
  if (cfg.maxAttempts) {
    const m = findExport(sf, cfg.maxAttempts);
    maxAttempts = evaluatePositiveInteger(initializerOf(m));
    if (maxAttempts === null) unreadable(`"${cfg.maxAttempts}" in ${cfg.file} is not a positive integer constant.`, m);
  }
  return {
    delaysSeconds: (delays as number[]).map((d) => d * factor),
    maxAttempts,
    source: sink.locate(decl),
  };
}
