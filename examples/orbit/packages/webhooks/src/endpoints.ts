/** A tenant's registered webhook endpoint, as stored in tenant_*.webhook_endpoints. */
export interface WebhookEndpointRecord {
  id: string;
  tenant_id: string;
  url: string;
  /** Subscribed event names; `["*"]` subscribes to every event. */
  events: readonly string[];
  enabled: boolean;
}

const registry = new Map<string, WebhookEndpointRecord[]>();

/** Registers (or replaces) an endpoint in the in-memory registry. */
export function saveEndpoint(endpoint: WebhookEndpointRecord): void {
  const existing = (registry.get(endpoint.tenant_id) ?? []).filter((e) => e.id !== endpoint.id);
  registry.set(endpoint.tenant_id, [...existing, endpoint]);
}

/** Removes an endpoint from the registry. */
export function removeEndpoint(tenantId: string, endpointId: string): void {
  registry.set(tenantId, (registry.get(tenantId) ?? []).filter((e) => e.id !== endpointId));
}

/** Ids of the enabled endpoints of a tenant that subscribe to `event`. */
export function subscribedEndpointIds(tenantId: string, event: string): string[] {
  return (registry.get(tenantId) ?? [])
    .filter((e) => e.enabled && (e.events.includes('*') || e.events.includes(event)))
    .map((e) => e.id);
}
