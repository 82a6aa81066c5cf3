/**
 * `check --format json`: the stable, documented machine shape (content/guides/ci.md describes it).
 * Every key is always present (null when empty) and keys come in a fixed order.
 */
import type { Diagnostic } from '../model.ts';
import type { Ratio } from './compute-coverage.ts';
import { displayPath } from './display-path.ts';
import { failsAt, type FailOn } from './fail-threshold.ts';
import type { CheckResult } from './check-model.ts';

/** One diagnostic in the JSON report; `location.file` is relative to the current directory. */
export interface CheckJsonDiagnostic {
  code: string;
  severity: Diagnostic['severity'];
  message: string;
  location: { file: string; line: number; column: number } | null;
  snippet: string | null;
  hint: string | null;
}

/** The JSON report, version 1. */
export interface CheckJsonReport {
  version: 1;
  summary: {
    errors: number;
    warnings: number;
    failOn: FailOn;
    /** True when the command exits 1. */
    failed: boolean;
    coverage: { events: Ratio; fields: Ratio; minEvents: number };
  };
  diagnostics: CheckJsonDiagnostic[];
  coverage: { groups: { name: string; events: Ratio; fields: Ratio; undocumented: string[] }[] };
}

/** Builds the JSON report object. */
export function toCheckJson(result: CheckResult, opts: { rootDir: string; cwd: string; failOn: FailOn }): CheckJsonReport {
  const count = (s: Diagnostic['severity']) => result.diagnostics.filter((d) => d.severity === s).length;
  return {
    version: 1,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      failOn: opts.failOn,
      failed: failsAt(result.diagnostics, opts.failOn),
      coverage: { events: ratio(result.coverage.events), fields: ratio(result.coverage.fields), minEvents: result.minCoverage },
    },
    diagnostics: result.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      location: d.location
        ? { file: displayPath(d.location.file, opts.rootDir, opts.cwd), line: d.location.line, column: d.location.column ?? 1 }
        : null,
      snippet: d.snippet ?? null,
      hint: d.hint ?? null,
    })),
    coverage: {
      groups: result.coverage.groups.map((g) => ({ name: g.name, events: ratio(g.events), fields: ratio(g.fields), undocumented: [...g.undocumented] })),
    },
  };
}

/** The JSON report as text (2-space indent). */
export function formatCheckJson(result: CheckResult, opts: { rootDir: string; cwd: string; failOn: FailOn }): string {
  return JSON.stringify(toCheckJson(result, opts), null, 2);
}

const ratio = (r: Ratio): Ratio => ({ described: r.described, total: r.total, percent: r.percent });
