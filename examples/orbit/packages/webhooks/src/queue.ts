import type { WebhookJob } from './jobs';

/** In-process stand-in for the Redis-backed delivery queue the workers drain. */
class WebhookQueue {
  private readonly pending: WebhookJob[] = [];

  /** Adds a job for delivery; the job id doubles as the dedup key. */
  enqueue(job: WebhookJob): void {
    if (this.pending.some((queued) => queued.id === job.id)) return;
    this.pending.push(job);
  }

  /** Removes and returns up to `max` jobs whose `run_at` has passed. */
  take(max: number, now: Date = new Date()): WebhookJob[] {
    const due: WebhookJob[] = [];
    for (let i = 0; i < this.pending.length && due.length < max; ) {
      const job = this.pending[i];
      if (job !== undefined && job.run_at.getTime() <= now.getTime()) {
        due.push(job);
        this.pending.splice(i, 1);
      } else i++;
    }
    return due;
  }

  /** Number of jobs still waiting. */
  get size(): number {
    return this.pending.length;
  }
}

/** The process-wide delivery queue. */
export const webhookQueue = new WebhookQueue();
