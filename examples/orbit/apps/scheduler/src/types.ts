import type { E164, IsoTimestamp } from '@orbit/shared';

/** Channels the async verification fallback engine can advance through. */
export type FallbackChannel = 'sms' | 'whatsapp' | 'voice' | 'email';

/** verification.fallback_triggered */
export interface VerificationFallbackTriggeredPayload {
  verification_id: string;
  to: E164;
  from_channel: FallbackChannel;
  to_channel: FallbackChannel;
  /** 1-based position of `to_channel` in fallbackConfig.channels. */
  attempt: number;
  triggered_at: IsoTimestamp;
}

/** verification.fallback_exhausted */
export interface VerificationFallbackExhaustedPayload {
  verification_id: string;
  to: E164;
  /** Every channel tried, in order. */
  channels_tried: FallbackChannel[];
  exhausted_at: IsoTimestamp;
}

/** call.synthesized: richer output of the post-call synthesis scheduler. */
export interface CallSynthesizedPayload {
  call_id: string;
  synthesis_id: string;
  summary: string;
  action_items: Array<{ text: string; owner: string | null; due_at: IsoTimestamp | null }>;
  sentiment: { label: 'positive' | 'neutral' | 'negative'; score: number };
  topics: string[];
  /** Model used for the synthesis. @example "claude-sonnet-4" */
  model: string;
  synthesized_at: IsoTimestamp;
}

/** call.transcript_ready: the transcript is attached to the contact's CDP timeline. */
export interface CallTranscriptReadyPayload {
  call_id: string;
  contact_id: string | null;
  transcript_url: string;
  language: string;
  word_count: number;
  speakers: Array<{ label: 'agent' | 'customer' | 'unknown'; talk_time_seconds: number }>;
}

/** voicemail.transcript_updated */
export interface VoicemailTranscriptUpdatedPayload {
  voicemail_id: string;
  call_id: string;
  transcript: string;
  /** Retry that recovered the transcript (1 = first retry). */
  retry_attempt: number;
  transcribed_at: IsoTimestamp;
}

/** recording.chapters.ready */
export interface RecordingChaptersReadyPayload {
  recording_id: string;
  call_id: string | null;
  chapters: Array<{ title: string; start_seconds: number; end_seconds: number; summary: string }>;
}

/** recording.retention_deleted */
export interface RecordingRetentionDeletedPayload {
  recording_id: string;
  asset_type: 'recording' | 'attachment';
  /**
   * Signed GCS download URL, valid until `purge_scheduled_at`.
   * @example "https://storage.googleapis.com/orbit-recordings/t_42/rec_9f3.mp3?X-Goog-Signature=..."
   */
  download_url: string;
  /** When the asset is purged (24h after this event). */
  purge_scheduled_at: IsoTimestamp;
  retention_days: number;
}

/** contact.recertification_due */
export interface ContactRecertificationDuePayload {
  contact_id: string;
  phone_number: E164;
  consent_obtained_at: IsoTimestamp;
  /** End of the recertification window. */
  recertify_by: IsoTimestamp;
  /** Last Reassigned Numbers Database check of the number. */
  rnd_last_checked_at: IsoTimestamp | null;
}

/** Segment labels of the predictive scorer. */
export type PredictiveSegment = 'champion' | 'engaged' | 'passive' | 'at_risk' | 'churned';

/** contact.segment_changed */
export interface ContactSegmentChangedPayload {
  contact_id: string;
  previous_segment: PredictiveSegment | null;
  segment: PredictiveSegment;
  /** Engagement score 0..100 behind the label. */
  score: number;
  model_version: string;
  scored_at: IsoTimestamp;
}

/** message.recipient_deactivated */
export interface RecipientDeactivatedPayload {
  phone_number: E164;
  carrier: string;
  deactivated_at: IsoTimestamp;
  /** Contacts of the tenant holding this number; all of them are now DNC. */
  contact_ids: string[];
  added_to_dnc: boolean;
}

/** number.inventory.low */
export interface NumberInventoryLowPayload {
  country: string;
  /** Area code / region prefix. @example "415" */
  region: string;
  number_type: 'local' | 'toll_free' | 'mobile';
  available: number;
  threshold: number;
}

/** voice_eval.run_started */
export interface VoiceEvalRunStartedPayload {
  run_id: string;
  suite_id: string;
  agent_id: string;
  agent_version: number;
  case_count: number;
  started_at: IsoTimestamp;
}

/** voice_eval.run_completed */
export interface VoiceEvalRunCompletedPayload extends VoiceEvalRunStartedPayload {
  passed: number;
  failed: number;
  /** passed / case_count, 0..1. */
  pass_rate: number;
  completed_at: IsoTimestamp;
}

/** voice_eval.regression_detected */
export interface VoiceEvalRegressionPayload {
  run_id: string;
  baseline_run_id: string;
  suite_id: string;
  agent_id: string;
  regressions: Array<{ case_id: string; metric: 'task_success' | 'latency_p50_ms' | 'interruptions' | 'wer'; baseline: number; current: number }>;
}
