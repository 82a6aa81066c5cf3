import { WEBHOOK_EVENTS, type MessagingChannel, type TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { ConversationPayload } from '../types/engagement';

/** First message on a new thread: the conversation row is created. */
export async function openConversation(
  ctx: TenantContext,
  contactId: string | null,
  channel: MessagingChannel | 'voice',
): Promise<ConversationPayload> {
  const conversation: ConversationPayload = {
    conversation_id: `conv_${Date.now().toString(36)}`,
    contact_id: contactId,
    channel,
    status: 'pending',
    assignee_id: null,
    agent_id: null,
    created_at: new Date().toISOString(),
    closed_at: null,
  };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.CONVERSATION_CREATED, conversation);
  return conversation;
}

/** The handoff pipeline assigned the conversation to an inbox user or an agent. */
export async function startConversation(
  ctx: TenantContext,
  conversation: ConversationPayload,
  owner: { assignee_id: string } | { agent_id: string },
): Promise<ConversationPayload> {
  const started: ConversationPayload = { ...conversation, ...owner, status: 'open' };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.CONVERSATION_STARTED, started);
  return started;
}

/** POST /v1/conversations/{id}/close */
export async function closeConversation(ctx: TenantContext, conversation: ConversationPayload): Promise<void> {
  const closed: ConversationPayload = { ...conversation, status: 'closed', closed_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.CONVERSATION_CLOSED, closed);
}
