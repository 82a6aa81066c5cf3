/** The pure part of `check`: drift, coverage and its threshold over an extracted model. */
import type { Diagnostic, Model } from '../model.ts';
import { EXTRACT_CODES } from '../extract/extract-codes.ts';
import { computeCoverage, exactPercent, type Coverage } from './compute-coverage.ts';
import { CHECK_CODES, findDrift, sortDiagnostics } from './find-drift.ts';

/** What `check` found. Diagnostic files are relative to the platform root, like the model's. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  coverage: Coverage;
  /** The event coverage threshold that applied, in percent. */
  minCoverage: number;
}

/** Options of a check over an already extracted model. */
export interface CheckModelOptions {
  /** Minimum event docs coverage in percent (default: 0). */
  minCoverage?: number;
}

/** Pure part of `check`: extract diagnostics passed through, drift, coverage and its threshold. */
export function checkModel(model: Model, options: CheckModelOptions = {}): CheckResult {
  const minCoverage = options.minCoverage ?? 0;
  const coverage = computeCoverage(model);
  // An event whose name could not be resolved is drift nobody can see: always an error in `check`.
  const extracted = model.diagnostics.map((d): Diagnostic => (d.code === EXTRACT_CODES.unresolvedEvent ? { ...d, severity: 'error' } : d));
  const diagnostics = [...extracted, ...findDrift(model)];
  if (exactPercent(coverage.events) < minCoverage) {
    diagnostics.push({
      code: CHECK_CODES.coverageBelowMinimum,
      severity: 'error',
      message: `Event docs coverage is ${coverage.events.percent}% (${coverage.events.described} of ${coverage.events.total} events have a description), below the minimum of ${minCoverage}%.`,
      hint: 'Add a JSDoc description to the catalog entries listed under "Undocumented events", or lower --min-coverage / coverage.minEvents.',
    });
  }
  return { diagnostics: sortDiagnostics(diagnostics), coverage, minCoverage };
}
