import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { SipTrunkStatusPayload } from './types';

/** Consecutive failed OPTIONS pings before a trunk is marked down. */
const DOWN_AFTER_FAILURES = 3;
/** Round-trip above this marks a trunk degraded. */
const DEGRADED_LATENCY_MS = 400;

const state = new Map<string, { status: SipTrunkStatusPayload['status']; failures: number }>();

/** Runs on every OPTIONS ping result of a tenant's BYOC trunk. */
export async function onTrunkProbe(
  tenantId: string,
  trunkId: string,
  probe: { response_code: number | null; latency_ms: number | null },
): Promise<void> {
  const previous = state.get(trunkId) ?? { status: 'active' as const, failures: 0 };
  const ok = probe.response_code !== null && probe.response_code < 300;
  const failures = ok ? 0 : previous.failures + 1;
  const status: SipTrunkStatusPayload['status'] =
    failures >= DOWN_AFTER_FAILURES ? 'down' : ok && (probe.latency_ms ?? 0) > DEGRADED_LATENCY_MS ? 'degraded' : ok ? 'active' : previous.status;
  state.set(trunkId, { status, failures });
  if (status === previous.status) return;
  const payload: SipTrunkStatusPayload = {
    trunk_id: trunkId,
    previous_status: previous.status,
    status,
    probe: { failures, last_response_code: probe.response_code, latency_ms: probe.latency_ms },
    changed_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(tenantId, 'sip_trunk.status_changed', payload);
}
