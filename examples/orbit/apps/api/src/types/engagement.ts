import type { E164, IsoTimestamp, MessagingChannel, Metadata } from '@orbit/shared';

/** conversation.created / conversation.started / conversation.closed */
export interface ConversationPayload {
  conversation_id: string;
  contact_id: string | null;
  channel: MessagingChannel | 'voice';
  status: 'open' | 'pending' | 'closed';
  /** Inbox user currently owning the conversation. */
  assignee_id: string | null;
  /** Set when an AI agent is handling the conversation. */
  agent_id: string | null;
  created_at: IsoTimestamp;
  closed_at: IsoTimestamp | null;
}

/** webhook_endpoint.created / webhook_endpoint.updated / webhook_endpoint.deleted */
export interface WebhookEndpointPayload {
  endpoint_id: string;
  url: string;
  /** Subscribed event names; ["*"] for all. */
  events: string[];
  enabled: boolean;
  description: string | null;
  created_at: IsoTimestamp;
}

/** push.delivered / push.opened */
export interface PushAckPayload {
  push_id: string;
  device_id: string;
  platform: 'ios' | 'android' | 'web';
  contact_id: string | null;
  campaign_id: string | null;
  /** Client-reported time of the render or tap, device clock. */
  occurred_at: IsoTimestamp;
}

/** proxy.session.created / proxy.session.closed */
export interface ProxySessionPayload {
  session_id: string;
  /** The masked number both parties see. */
  proxy_number: E164;
  participants: Array<{ participant_id: string; real_number: E164; label: string }>;
  ttl_seconds: number;
  status: 'open' | 'closed';
  created_at: IsoTimestamp;
  closed_at: IsoTimestamp | null;
}

/** proxy.message.forwarded */
export interface ProxyMessageForwardedPayload {
  session_id: string;
  message_id: string;
  from_participant_id: string;
  to_participant_id: string;
  proxy_number: E164;
  forwarded_at: IsoTimestamp;
}

/** A Segment-shaped CDP call. */
export type CdpCall =
  | { type: 'track'; event: string; userId: string | null; anonymousId: string | null; properties: Metadata }
  | { type: 'identify'; userId: string | null; anonymousId: string | null; traits: Metadata };

/** cdp.event.ingested */
export interface CdpEventIngestedPayload {
  cdp_event_id: string;
  call: CdpCall;
  /** Contact the call resolved to; null when identity resolution found no match. */
  contact_id: string | null;
  received_at: Date;
}

/** cdp.identity.resolved */
export interface CdpIdentityResolvedPayload {
  contact_id: string;
  anonymous_id: string | null;
  user_id: string | null;
  /** How the identity was matched. */
  matched_on: 'user_id' | 'email' | 'phone_number' | 'anonymous_id';
  /** Contacts folded into `contact_id` by this resolution. */
  merged_contact_ids: string[];
  resolved_at: IsoTimestamp;
}

/** Common fields of every supervisor.takeover_* event. */
export interface SupervisorTakeoverPayload {
  takeover_id: string;
  call_id: string;
  supervisor_id: string;
  /** The agent (human or AI) being taken over. */
  agent_id: string;
  occurred_at: IsoTimestamp;
  /** Only on supervisor.takeover_failed. @example "jambonz_rest_error" */
  error_code?: string;
}

/** video.room.started / video.room.ended */
export interface VideoRoomPayload {
  room_id: string;
  name: string;
  max_participants: number;
  started_at: IsoTimestamp;
  ended_at: IsoTimestamp | null;
}

/** video.participant.joined / video.participant.left */
export interface VideoParticipantPayload {
  room_id: string;
  participant_id: string;
  identity: string;
  joined_at: IsoTimestamp;
  left_at: IsoTimestamp | null;
}

/** video.recording.completed / video.recording.failed / video.recording.degraded */
export interface VideoRecordingPayload {
  room_id: string;
  recording_id: string;
  status: 'completed' | 'failed' | 'degraded';
  /** Null unless completed or degraded. */
  download_url: string | null;
  duration_seconds: number;
  /** QC findings; empty unless degraded. */
  qc_issues: Array<{ kind: 'frozen_video' | 'audio_dropout' | 'low_bitrate'; start_seconds: number; end_seconds: number }>;
}
