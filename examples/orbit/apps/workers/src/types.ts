import type { E164, IsoTimestamp, MessagingChannel, Metadata } from '@orbit/shared';

/** A message row as the delivery workers see it. */
export interface MessageRecord {
  message_id: string;
  conversation_id: string;
  contact_id: string | null;
  channel: MessagingChannel;
  direction: 'inbound' | 'outbound';
  from: E164;
  to: E164;
  body: string;
  media_urls: string[];
  status: 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'undelivered' | 'received';
  segments: number;
  campaign_id: string | null;
  metadata: Metadata;
  created_at: IsoTimestamp;
}

/** message.sent */
export type MessageSentPayload = MessageRecord & {
  /** Provider that accepted the message. @example "telnyx" */
  provider: string;
  provider_message_id: string;
  sent_at: IsoTimestamp;
};

/** message.delivered / message.read */
export type MessageStatusPayload = MessageRecord & { status_at: IsoTimestamp };

/** message.failed */
export type MessageFailedPayload = MessageRecord & {
  error_code: string;
  error_message: string;
  /** True when Orbit synthesised the failure from an undelivered / rejected status. */
  synthesized: boolean;
};

/** message.replied */
export type MessageRepliedPayload = MessageRecord & {
  in_reply_to_message_id: string;
  response_time_seconds: number;
};

/** channel.failover */
export interface ChannelFailoverPayload {
  message_id: string;
  channel: MessagingChannel;
  primary_provider: string;
  backup_provider: string;
  /** Provider error that triggered the failover. */
  reason: string;
  failed_over_at: IsoTimestamp;
}

/** contact.opted_in / contact.opted_out */
export interface ContactOptPayload {
  contact_id: string;
  phone_number: E164;
  channel: MessagingChannel;
  /** The keyword as received, upper-cased. @example "STOP" */
  keyword: string;
  /** The registered sender the keyword was sent to. */
  sender: E164;
  occurred_at: IsoTimestamp;
}

/** A campaign as the send workers see it. */
export interface Campaign {
  id: string;
  name: string;
  channel: MessagingChannel;
  status: 'running' | 'paused' | 'completed';
  audience_size: number;
  sent: number;
  delivered: number;
  failed: number;
}

/** campaign.started / campaign.paused / campaign.resumed / campaign.completed */
export interface CampaignLifecyclePayload {
  campaign_id: string;
  name: string;
  channel: MessagingChannel;
  status: Campaign['status'];
  audience_size: number;
  stats: { sent: number; delivered: number; failed: number };
  occurred_at: IsoTimestamp;
}

/** campaign.drip_step.sent / campaign.drip_step.completed */
export interface DripStepPayload {
  campaign_id: string;
  step_id: string;
  /** Zero-based position in the drip schedule. */
  step_index: number;
  /** Contacts in this step's slice. */
  recipients: number;
  sent: number;
  failed: number;
  occurred_at: IsoTimestamp;
}

/** campaign.drip.completed */
export interface DripCompletedPayload {
  campaign_id: string;
  steps_completed: number;
  total_sent: number;
  started_at: IsoTimestamp;
  completed_at: IsoTimestamp;
}

/** balance.low / credits.low */
export interface BalanceLowPayload {
  balance_cents: number;
  /** Tenant-configured alert threshold. */
  threshold_cents: number;
  currency: 'USD' | 'EUR' | 'GBP';
  auto_recharge_enabled: boolean;
}

/** credits.low: balance.low plus the legacy credit count. */
export type CreditsLowPayload = BalanceLowPayload & { credits_remaining: number };

/** email.opened / email.clicked */
export interface EmailEngagementPayload {
  message_id: string;
  contact_id: string | null;
  email: string;
  campaign_id: string | null;
  /** Only on email.clicked. */
  url?: string;
  user_agent: string | null;
  occurred_at: IsoTimestamp;
}

/** flow.execution.started / flow.execution.completed / flow.execution.failed */
export interface FlowExecutionPayload {
  execution_id: string;
  flow_id: string;
  flow_version: number;
  contact_id: string | null;
  /** Step ids in the order they ran. */
  steps_run: string[];
  started_at: IsoTimestamp;
  finished_at: IsoTimestamp | null;
  /** Only on flow.execution.failed. */
  error?: { step_id: string; code: string; message: string };
}

/** flow.executed: coarse terminal signal. */
export interface FlowExecutedPayload {
  execution_id: string;
  flow_id: string;
  status: 'completed' | 'failed' | 'timeout';
  duration_ms: number;
}
