/**
 * Human wording of the retry policy found in code: `1 min → 5 min → 15 min → 1 h → 6 h`.
 */
import type { RetryPolicy } from '../model.ts';

/** `90` → `1 min 30 s`, `3600` → `1 h`, `0` → `immediately`. */
export function formatDuration(seconds: number): string {
  if (seconds <= 0) return 'immediately';
  const parts: string[] = [];
  let rest = Math.round(seconds * 1000) / 1000;
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['min', 60]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest -= Math.floor(rest / size) * size;
    }
  }
  if (rest > 0) parts.push(`${Number.isInteger(rest) ? rest : rest.toFixed(3).replace(/0+$/, '')} s`);
  return parts.join(' ');
}

/** `1 min → 5 min → 15 min → 1 h → 6 h`. */
export function formatDelays(policy: RetryPolicy): string {
  return policy.delaysSeconds.map(formatDuration).join(' → ');
}

/** `1 min → 5 min → 15 min → 1 h → 6 h, 5 attempts` (attempts only when the code states them). */
export function formatRetrySchedule(policy: RetryPolicy): string {
  const delays = policy.delaysSeconds.length ? formatDelays(policy) : 'no retries';
  return policy.maxAttempts !== null ? `${delays}, ${policy.maxAttempts} attempt${policy.maxAttempts === 1 ? '' : 's'}` : delays;
}
