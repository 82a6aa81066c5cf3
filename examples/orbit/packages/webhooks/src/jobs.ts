import { buildEnvelope, type WebhookEnvelope } from './envelope';
import { subscribedEndpointIds } from './endpoints';

/** One delivery of one event to one endpoint. */
export interface WebhookJob {
  /** `<event id>:<endpoint id>`, stable across redeliveries. */
  id: string;
  tenant_id: string;
  endpoint_id: string;
  envelope: WebhookEnvelope<object>;
  /** Delivery attempts made so far. */
  attempts: number;
  run_at: Date;
}

let sequence = 0;

/** A sortable, unique event id (`evt_<time><counter>`). */
export function newEventId(now: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  return `evt_${now.getTime().toString(36)}${sequence.toString(36).padStart(4, '0')}`;
}

/** Builds the jobs for one event without going through a dispatcher (shared by both). */
export function createJobs(
  tenantId: string,
  event: string,
  payload: object,
  endpointIds: readonly string[],
  now: Date = new Date(),
): WebhookJob[] {
  const envelope = buildEnvelope(event, payload, { id: newEventId(now), createdAt: now });
  return endpointIds.map((endpointId) => ({
    id: `${envelope.id}:${endpointId}`,
    tenant_id: tenantId,
    endpoint_id: endpointId,
    envelope,
    attempts: 0,
    run_at: now,
  }));
}

/**
 * Builds delivery jobs for one event, for callers that batch their own enqueueing (workers and
 * schedulers). Without `endpoints`, every subscribed endpoint of the tenant gets a job.
 */
export function buildWebhookJobs<T extends object>(input: {
  tenantId: string;
  event: string;
  payload: T;
  endpoints?: readonly string[];
}): WebhookJob[] {
  const endpoints = input.endpoints ?? subscribedEndpointIds(input.tenantId, input.event);
  return createJobs(input.tenantId, input.event, input.payload, endpoints);
}
