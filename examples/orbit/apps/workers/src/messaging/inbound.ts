import type { E164, MessagingChannel } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { MessageRecord, MessageRepliedPayload } from '../types';

/** Latest outbound message of a conversation; the real lookup reads tenant_*.messages. */
export type LastOutboundLookup = (conversationId: string) => Promise<MessageRecord | null>;

/** Handles an inbound message from any channel provider. */
export async function handleInbound(
  tenantId: string,
  inbound: { from: E164; to: E164; channel: MessagingChannel; body: string; media_urls: string[] },
  lastOutbound: LastOutboundLookup,
): Promise<MessageRecord> {
  const receivedAt = new Date();
  const message: MessageRecord = {
    ...inbound,
    message_id: `msg_${receivedAt.getTime().toString(36)}`,
    conversation_id: `conv_${inbound.from.replace('+', '')}`,
    contact_id: null,
    direction: 'inbound',
    status: 'received',
    segments: 1,
    campaign_id: null,
    metadata: {},
    created_at: receivedAt.toISOString(),
  };
  await dispatchTenantWebhook(tenantId, 'message.received', message);

  const previous = await lastOutbound(message.conversation_id);
  if (previous) {
    const reply: MessageRepliedPayload = {
      ...message,
      in_reply_to_message_id: previous.message_id,
      response_time_seconds: Math.round((receivedAt.getTime() - Date.parse(previous.created_at)) / 1000),
    };
    await dispatchTenantWebhook(tenantId, 'message.replied', reply);
  }
  return message;
}
