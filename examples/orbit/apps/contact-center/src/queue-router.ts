import { buildWebhookJobs, webhookQueue } from '@orbit/webhooks';
import type { QueueCallAbandonedPayload, QueueCallAssignedPayload, QueueCallPayload } from './types';

const waiting = new Map<string, { tenantId: string; call: QueueCallPayload; enqueuedAt: number }>();

function waitSeconds(enqueuedAt: number): number {
  return Math.round((Date.now() - enqueuedAt) / 1000);
}

/** A call entered a skills-based queue. */
export function callQueued(tenantId: string, call: QueueCallPayload): void {
  waiting.set(call.call_id, { tenantId, call, enqueuedAt: Date.now() });
  for (const job of buildWebhookJobs({ tenantId, event: 'queue.call.queued', payload: call })) webhookQueue.enqueue(job);
}

/** The router reserved an agent for the call. */
export function callAssigned(callId: string, agentId: string): void {
  const entry = waiting.get(callId);
  if (!entry) return;
  waiting.delete(callId);
  const payload: QueueCallAssignedPayload = {
    ...entry.call,
    wait_seconds: waitSeconds(entry.enqueuedAt),
    agent_id: agentId,
    assigned_at: new Date().toISOString(),
  };
  for (const job of buildWebhookJobs({ tenantId: entry.tenantId, event: 'queue.call.assigned', payload })) webhookQueue.enqueue(job);
}

/** The caller hung up while waiting. */
export function callAbandoned(callId: string, duringAnnouncement: boolean): void {
  const entry = waiting.get(callId);
  if (!entry) return;
  waiting.delete(callId);
  const payload: QueueCallAbandonedPayload = {
    ...entry.call,
    wait_seconds: waitSeconds(entry.enqueuedAt),
    abandoned_at: new Date().toISOString(),
    during_announcement: duringAnnouncement,
  };
  for (const job of buildWebhookJobs({ tenantId: entry.tenantId, event: 'queue.call.abandoned', payload })) webhookQueue.enqueue(job);
}
