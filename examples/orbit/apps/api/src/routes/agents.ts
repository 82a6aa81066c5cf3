import type { E164, TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { AgentDeployedPayload, AgentDncMarkedPayload, AgentPayload } from '../types/platform';

/** POST /v1/agents */
export async function createAgent(ctx: TenantContext, input: Omit<AgentPayload, 'agent_id' | 'version' | 'updated_at'>) {
  const agent: AgentPayload = { ...input, agent_id: `agt_${Date.now().toString(36)}`, version: 1, updated_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, 'agent.created', agent);
  return agent;
}

/** PATCH /v1/agents/{id}: every update bumps the draft version. */
export async function updateAgent(ctx: TenantContext, agent: AgentPayload, patch: Partial<Pick<AgentPayload, 'name' | 'model' | 'tools'>>) {
  const updated: AgentPayload = { ...agent, ...patch, version: agent.version + 1, updated_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, 'agent.updated', updated);
  return updated;
}

/** DELETE /v1/agents/{id} */
export async function deleteAgent(ctx: TenantContext, agent: AgentPayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, 'agent.deleted', agent);
}

/** POST /v1/agents/{id}/deploy */
export async function deployAgent(ctx: TenantContext, agent: AgentPayload, numbers: E164[]): Promise<AgentDeployedPayload> {
  const payload: AgentDeployedPayload = {
    agent_id: agent.agent_id,
    version: agent.version,
    deployment_id: `dep_${Date.now().toString(36)}`,
    bound_numbers: numbers,
    deployed_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'agent.deployed', payload);
  return payload;
}

/** POST /agents/dnc: called by the mark_dnc MCP tool of voice and text agents. */
export async function markDnc(
  ctx: TenantContext,
  body: Pick<AgentDncMarkedPayload, 'agent_id' | 'conversation_id' | 'phone_number' | 'channel' | 'reason'>,
): Promise<AgentDncMarkedPayload> {
  const suppressionId = `sup_${Date.now().toString(36)}`;
  // WhatsApp opt-outs live in suppression_list only; dnc_list is the voice/SMS carrier list.
  const mirrored = body.channel !== 'whatsapp';
  const payload: AgentDncMarkedPayload = {
    ...body,
    suppression_id: suppressionId,
    dnc_list_mirrored: mirrored,
    marked_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'agent.dnc.marked', payload);
  return payload;
}
