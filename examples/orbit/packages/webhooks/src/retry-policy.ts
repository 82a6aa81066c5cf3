/**
 * Delay before each redelivery attempt of a failed webhook: 1m → 5m → 15m → 1h → 6h.
 * A delivery counts as failed on a non-2xx response or no response within 10 s.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [60_000, 300_000, 900_000, 3_600_000, 21_600_000] as const;

/** Redelivery attempts before a job is moved to the dead-letter list and the endpoint is flagged. */
export const WEBHOOK_MAX_ATTEMPTS = 5;

/** Jitter applied to every delay so a recovering endpoint is not hit by a thundering herd. */
const JITTER_RATIO = 0.1;

/**
 * Delay in ms before redelivery attempt `attempt` (1-based), or `null` when the job has used
 * all of its attempts. `random` is injectable so tests stay deterministic.
 */
export function nextRetryDelay(attempt: number, random: () => number = Math.random): number | null {
  if (!Number.isInteger(attempt) || attempt < 1 || attempt > WEBHOOK_MAX_ATTEMPTS) return null;
  const base = WEBHOOK_RETRY_DELAYS_MS[attempt - 1];
  if (base === undefined) return null;
  const jitter = base * JITTER_RATIO * (random() * 2 - 1);
  return Math.round(base + jitter);
}
