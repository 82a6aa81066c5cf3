import type { E164, IsoTimestamp, MessagingChannel, Metadata } from '@orbit/shared';

/** Lifecycle status of a message as stored in tenant_*.messages. */
export type MessageStatus =
  | 'queued'
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed'
  | 'undelivered'
  | 'received';

/** Payload shared by every message.* event. */
export interface MessagePayload {
  message_id: string;
  conversation_id: string;
  contact_id: string | null;
  channel: MessagingChannel;
  direction: 'inbound' | 'outbound';
  /** @example "+14155550100" */
  from: E164;
  /** @example "+14155550123" */
  to: E164;
  body: string;
  media_urls: string[];
  status: MessageStatus;
  /** Number of billable segments (SMS splits long bodies into 153-character parts). */
  segments: number;
  /** Set when the message was sent by a campaign. */
  campaign_id: string | null;
  metadata: Metadata;
  created_at: IsoTimestamp;
}
