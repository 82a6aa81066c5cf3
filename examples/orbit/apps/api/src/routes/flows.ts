import { WEBHOOK_EVENTS, type TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { FlowPayload, FlowStep } from '../types/platform';

/** Rejects graphs whose branches do not all reach an `end` step. */
function allPathsEnd(steps: FlowStep[]): boolean {
  const last = steps[steps.length - 1];
  if (!last) return false;
  if (last.type === 'end') return true;
  if (last.type === 'branch') return last.children.length > 0 && last.children.every((c) => allPathsEnd([c]));
  return allPathsEnd(last.children);
}

/** POST /v1/flows */
export async function createFlow(ctx: TenantContext, name: string, trigger: FlowPayload['trigger']): Promise<FlowPayload> {
  const flow: FlowPayload = {
    flow_id: `flw_${Date.now().toString(36)}`,
    name,
    version: 1,
    trigger,
    steps: [],
    published: false,
    updated_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.FLOW_CREATED, flow);
  return flow;
}

/** PUT /v1/flows/{id} */
export async function saveFlow(ctx: TenantContext, flow: FlowPayload, steps: FlowStep[]): Promise<FlowPayload> {
  const updated: FlowPayload = { ...flow, steps, version: flow.version + 1, published: false, updated_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.FLOW_UPDATED, updated);
  return updated;
}

/** POST /v1/flows/{id}/publish */
export async function publishFlow(ctx: TenantContext, flow: FlowPayload): Promise<FlowPayload | null> {
  if (!allPathsEnd(flow.steps)) return null;
  const published: FlowPayload = { ...flow, published: true, updated_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.FLOW_PUBLISHED, published);
  return published;
}

/** DELETE /v1/flows/{id} */
export async function deleteFlow(ctx: TenantContext, flow: FlowPayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.FLOW_DELETED, flow);
}
