/** Median, spread and the log-log scaling fit used by the bench report. */

/** Summary of repeated runs of one command. */
export interface Stat {
  runs: number;
  medianMs: number | null;
  minMs: number | null;
  maxMs: number | null;
  /** Every successful run's wall time, in run order. */
  wallMs: number[];
  /** Median / min / max user + sys CPU time of the successful runs (null without GNU time). */
  cpuMedianMs: number | null;
  cpuMinMs: number | null;
  cpuMaxMs: number | null;
  /** Largest peak RSS over the runs, in MB. */
  peakRssMb: number | null;
  failures: number;
  /** Why runs failed, or how the command was run differently (e.g. a bigger heap). */
  notes: string[];
}

/** The median of a list (mean of the two middle values for even lengths); null when empty. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Builds a Stat from runs (wall times of failed runs are left out). */
export function summarize(
  runs: { wallMs: number; cpuMs?: number | null; peakRssMb: number | null; exitCode: number }[],
  notes: string[] = [],
): Stat {
  const ok = runs.filter((r) => r.exitCode === 0);
  const wall = ok.map((r) => round(r.wallMs));
  const cpu = ok.map((r) => r.cpuMs).filter((v): v is number => typeof v === 'number').map(round);
  const rss = runs.map((r) => r.peakRssMb).filter((v): v is number => v !== null);
  return {
    runs: runs.length,
    medianMs: median(wall),
    minMs: wall.length ? Math.min(...wall) : null,
    maxMs: wall.length ? Math.max(...wall) : null,
    wallMs: wall,
    cpuMedianMs: median(cpu),
    cpuMinMs: cpu.length ? Math.min(...cpu) : null,
    cpuMaxMs: cpu.length ? Math.max(...cpu) : null,
    peakRssMb: rss.length ? round(Math.max(...rss)) : null,
    failures: runs.length - ok.length,
    notes: [...new Set(notes)],
  };
}

/**
 * Least-squares slope of log(time) over log(N): 1 is linear, 2 quadratic.
 * Null with fewer than two points.
 */
export function scalingExponent(points: { n: number; ms: number | null }[]): number | null {
  const valid = points.filter((p): p is { n: number; ms: number } => p.ms !== null && p.ms > 0 && p.n > 0);
  if (valid.length < 2) return null;
  const xs = valid.map((p) => Math.log(p.n));
  const ys = valid.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? null : Math.round((num / den) * 100) / 100;
}

/** Rounds to one decimal (ms and MB precision beyond that is noise). */
export const round = (v: number): number => Math.round(v * 10) / 10;

/** A ratio of two medians, two decimals; null when either is missing. */
export const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : Math.round((a / b) * 100) / 100;
