import { subscribedEndpointIds } from './endpoints';
import { createJobs } from './jobs';
import { webhookQueue } from './queue';

/**
 * Fans one event out to every endpoint of the tenant subscribed to it. Fire-and-forget for the
 * caller: delivery, signing and retries happen in the webhook worker.
 */
export async function dispatchTenantWebhook<T extends object>(
  tenantId: string,
  event: string,
  payload: T,
): Promise<void> {
  const endpointIds = subscribedEndpointIds(tenantId, event);
  if (endpointIds.length === 0) return;
  for (const job of createJobs(tenantId, event, payload, endpointIds)) webhookQueue.enqueue(job);
}
