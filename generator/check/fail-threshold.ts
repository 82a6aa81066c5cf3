/** `--fail-on`: which severity makes `check` exit 1. */
import type { Diagnostic } from '../model.ts';

export type FailOn = 'error' | 'warning';

/** True when a diagnostic is at or above the threshold (infos never fail). */
export function failsAt(diags: readonly Diagnostic[], failOn: FailOn): boolean {
  return diags.some((d) => d.severity === 'error' || (failOn === 'warning' && d.severity === 'warning'));
}
