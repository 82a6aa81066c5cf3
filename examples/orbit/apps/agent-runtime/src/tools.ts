import type { Metadata } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  AgentCalendarEventPayload,
  AgentHandedOffPayload,
  AgentHandoffOccurredPayload,
  AgentHandoffRequestedPayload,
} from './types';

/** Context every MCP tool invocation runs with. */
export interface ToolContext {
  tenantId: string;
  agentId: string;
  conversationId: string;
}

/** `escalate_to_human` tool: routes the conversation to an inbox queue. */
export async function escalateToHuman(ctx: ToolContext, args: { reason: string; queue_id: string; summary: string }): Promise<void> {
  const payload: AgentHandoffRequestedPayload = {
    agent_id: ctx.agentId,
    conversation_id: ctx.conversationId,
    ...args,
    requested_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'agent.handoff.requested', payload);
}

/** Inbox callback: a human picked up an escalated conversation. */
export async function onHumanAccepted(ctx: ToolContext, assigneeId: string, requestedAt: Date): Promise<void> {
  const payload: AgentHandedOffPayload = {
    agent_id: ctx.agentId,
    conversation_id: ctx.conversationId,
    assignee_id: assigneeId,
    wait_seconds: Math.round((Date.now() - requestedAt.getTime()) / 1000),
    handed_off_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'agent.handed_off', payload);
}

/** `transfer_to_agent` tool: delegates the conversation to a specialist agent. */
export async function transferToAgent(ctx: ToolContext, args: { agent_id: string; reason: string; context?: Metadata }): Promise<void> {
  const payload: AgentHandoffOccurredPayload = {
    conversation_id: ctx.conversationId,
    from_agent_id: ctx.agentId,
    to_agent_id: args.agent_id,
    reason: args.reason,
    context: args.context ?? {},
    occurred_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'agent.handoff_occurred', payload);
}

/** `create_calendar_event` tool. */
export async function createCalendarEvent(
  ctx: ToolContext,
  args: Omit<AgentCalendarEventPayload, 'agent_id' | 'conversation_id' | 'calendar_event_id'>,
): Promise<string> {
  const calendarEventId = `cal_${Date.now().toString(36)}`;
  const payload: AgentCalendarEventPayload = {
    ...args,
    agent_id: ctx.agentId,
    conversation_id: ctx.conversationId,
    calendar_event_id: calendarEventId,
  };
  await dispatchTenantWebhook(ctx.tenantId, 'agent.calendar_event.created', payload);
  return calendarEventId;
}
