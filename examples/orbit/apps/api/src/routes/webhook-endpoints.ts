import { WEBHOOK_EVENT_TYPES, type TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook, removeEndpoint, saveEndpoint } from '@orbit/webhooks';
import type { WebhookEndpointPayload } from '../types/engagement';

/** Result of validating a subscription list. */
export type EventsValidation = { ok: true } | { ok: false; status: 422; unknown: string[] };

const KNOWN_EVENTS: ReadonlySet<string> = new Set(WEBHOOK_EVENT_TYPES);

/** Subscribing to a name that is not a catalog event returns a 422. */
export function validateEvents(events: string[]): EventsValidation {
  if (events.length === 1 && events[0] === '*') return { ok: true };
  const unknown = events.filter((e) => !KNOWN_EVENTS.has(e));
  return unknown.length === 0 ? { ok: true } : { ok: false, status: 422, unknown };
}

/** POST /v1/webhooks */
export async function createEndpoint(
  ctx: TenantContext,
  input: { url: string; events: string[]; description?: string },
): Promise<WebhookEndpointPayload | EventsValidation> {
  const validation = validateEvents(input.events);
  if (!validation.ok) return validation;
  const endpoint: WebhookEndpointPayload = {
    endpoint_id: `we_${Date.now().toString(36)}`,
    url: input.url,
    events: input.events,
    enabled: true,
    description: input.description ?? null,
    created_at: new Date().toISOString(),
  };
  saveEndpoint({ id: endpoint.endpoint_id, tenant_id: ctx.tenantId, url: endpoint.url, events: endpoint.events, enabled: true });
  await dispatchTenantWebhook(ctx.tenantId, 'webhook_endpoint.created', endpoint);
  return endpoint;
}

/** PATCH /v1/webhooks/{id} */
export async function updateEndpoint(
  ctx: TenantContext,
  endpoint: WebhookEndpointPayload,
  patch: Partial<Pick<WebhookEndpointPayload, 'url' | 'events' | 'enabled' | 'description'>>,
): Promise<WebhookEndpointPayload | EventsValidation> {
  if (patch.events) {
    const validation = validateEvents(patch.events);
    if (!validation.ok) return validation;
  }
  const updated: WebhookEndpointPayload = { ...endpoint, ...patch };
  saveEndpoint({ id: updated.endpoint_id, tenant_id: ctx.tenantId, url: updated.url, events: updated.events, enabled: updated.enabled });
  await dispatchTenantWebhook(ctx.tenantId, 'webhook_endpoint.updated', updated);
  return updated;
}

/** DELETE /v1/webhooks/{id}: dispatched before removal so the endpoint itself hears about it. */
export async function deleteEndpoint(ctx: TenantContext, endpoint: WebhookEndpointPayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, 'webhook_endpoint.deleted', endpoint);
  removeEndpoint(ctx.tenantId, endpoint.endpoint_id);
}
