/** `check --format text`: compiler-style diagnostics, then the coverage table per group. */
import { formatDiagnostics, type FormatOptions } from '../format-diagnostics.ts';
import type { Ratio } from './compute-coverage.ts';
import type { CheckResult } from './check-model.ts';

/** Formats a check result for a terminal (colors only when `opts.color`). */
export function formatCheckText(result: CheckResult, opts: FormatOptions): string {
  return `${formatDiagnostics(result.diagnostics, opts)}\n\n${formatCoverageTable(result)}`;
}

/** The coverage table, then the undocumented events per group. */
export function formatCoverageTable(result: CheckResult): string {
  const { coverage } = result;
  const rows: string[][] = [
    ['Docs coverage', 'events', '', 'fields', ''],
    ...coverage.groups.map((g) => [g.name, ...cells(g.events), ...cells(g.fields)]),
    ['Total', ...cells(coverage.events), ...cells(coverage.fields)],
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  // First column left-aligned, numbers right-aligned.
  const lines = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd());
  lines.push(`Minimum event coverage: ${result.minCoverage}%`);
  const undocumented = coverage.groups.filter((g) => g.undocumented.length > 0);
  if (undocumented.length) {
    const count = undocumented.reduce((n, g) => n + g.undocumented.length, 0);
    lines.push('', `Undocumented events (${count}):`);
    for (const g of undocumented) lines.push(`  ${g.name}: ${g.undocumented.join(', ')}`);
  }
  return lines.join('\n');
}

/** `1/2` and `50.0%`; a group with nothing to describe shows `-`. */
const cells = (r: Ratio): [string, string] => [`${r.described}/${r.total}`, r.total === 0 ? '-' : `${r.percent.toFixed(1)}%`];
