import { WEBHOOK_EVENTS, type E164, type MessagingChannel, type Metadata, type TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { MessagePayload } from '../types/messaging';

/** Body of POST /v1/messages. */
export interface SendMessageRequest {
  to: E164;
  from: E164;
  channel: MessagingChannel;
  body: string;
  media_urls?: string[];
  metadata?: Metadata;
}

const GSM_SEGMENT_LENGTH = 153;

/** POST /v1/messages: validates, persists and queues an outbound message. */
export async function createMessage(ctx: TenantContext, req: SendMessageRequest): Promise<MessagePayload> {
  const message: MessagePayload = {
    message_id: `msg_${Date.now().toString(36)}`,
    conversation_id: `conv_${req.to.replace('+', '')}`,
    contact_id: null,
    channel: req.channel,
    direction: 'outbound',
    from: req.from,
    to: req.to,
    body: req.body,
    media_urls: req.media_urls ?? [],
    status: 'queued',
    segments: req.channel === 'sms' ? Math.max(1, Math.ceil(req.body.length / GSM_SEGMENT_LENGTH)) : 1,
    campaign_id: null,
    metadata: req.metadata ?? {},
    created_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.MESSAGE_CREATED, message);
  return message;
}
