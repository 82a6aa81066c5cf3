import type { E164, IsoTimestamp } from '@orbit/shared';

/** Status of a call leg as tracked by the SIP edge. */
export type CallStatus = 'initiated' | 'ringing' | 'in_progress' | 'completed' | 'failed' | 'busy' | 'no_answer';

/** Fields every call.* event carries. */
export interface CallBase {
  call_id: string;
  /** SIP Call-ID header of the leg. */
  sip_call_id: string;
  direction: 'inbound' | 'outbound';
  from: E164;
  to: E164;
  status: CallStatus;
}

/** call.initiated */
export type CallInitiatedPayload = CallBase & { initiated_at: IsoTimestamp; connection_id: string };

/** call.ringing */
export interface CallRingingPayload extends CallBase {
  /** Ring-group leg that produced this ring callback; repeated callbacks differ here. */
  ring_group_leg: string | null;
  ringing_at: IsoTimestamp;
}

/**
 * call.early_media: the carrier started streaming pre-answer audio (SIP 180 Ringing with an
 * application/sdp body, or 183 Session Progress with SDP) — ringback, IVR prompts, voicemail
 * greetings or AMD audio playing before the 200 OK. Distinct from call.ringing, which fires on a
 * headers-only 180. Fire-and-forget: a call.answered always follows on the same call_id once the
 * destination picks up. Also published on the tenant SSE channel (events:tenant_<id>) that
 * drives the softphone's "Audio streaming" label and the <audio> element's autoplay-unblock.
 */
export interface CallEarlyMediaPayload extends CallBase {
  /** 180 (Ringing with SDP) or 183 (Session Progress). */
  sip_response_code: 180 | 183;
  sdp: {
    media: 'audio';
    /** Negotiated codec. @example "PCMU" */
    codec: string;
    /** Where the carrier streams RTP from, "ip:port". */
    remote_rtp_address: string;
    direction: 'sendrecv' | 'sendonly' | 'recvonly';
  };
  early_media_at: IsoTimestamp;
}

/** call.answered */
export type CallAnsweredPayload = CallBase & { answered_at: Date };

/** call.completed */
export interface CallCompletedPayload extends CallBase {
  started_at: IsoTimestamp;
  ended_at: IsoTimestamp;
  /** Billable seconds from answer to hangup. */
  duration_seconds: number;
  hangup_cause: 'normal_clearing' | 'originator_cancel' | 'user_busy' | 'no_answer' | 'call_rejected';
  hangup_source: 'caller' | 'callee' | 'api' | 'system';
}

/** call.failed */
export interface CallFailedPayload extends CallBase {
  /** Final SIP response code. @example 503 */
  sip_code: number;
  reason: string;
  failed_at: IsoTimestamp;
}

/** call.hit_voicemail */
export interface CallHitVoicemailPayload extends CallBase {
  /** Telnyx AMD result. */
  amd_result: 'machine' | 'fax';
  /** True once the greeting ended and a message can be left. */
  beep_detected: boolean;
  detected_at: IsoTimestamp;
}

/** call.recording.ready / recording.completed (same payload). */
export interface RecordingReadyPayload {
  recording_id: string;
  /** Null for conference recordings, which carry conference_id instead. */
  call_id: string | null;
  conference_id: string | null;
  /** Signed URL, valid for 10 minutes; fetch the recording again through the API after that. */
  recording_url: string;
  format: 'mp3' | 'wav';
  channels: 1 | 2;
  duration_seconds: number;
  completed_at: IsoTimestamp;
}

/** recording.failed */
export interface RecordingFailedPayload {
  recording_id: string;
  call_id: string | null;
  conference_id: string | null;
  failure_reason: 'storage_write_failed' | 'codec_mismatch' | 'amd_aborted';
  failed_at: IsoTimestamp;
}

/** recording.qc_failed */
export interface RecordingQcFailedPayload {
  recording_id: string;
  call_id: string | null;
  checks: Array<{ check: 'silence_ratio' | 'clipping' | 'channel_imbalance' | 'duration_mismatch'; passed: boolean; value: number; threshold: number }>;
  checked_at: IsoTimestamp;
}

/** voicemail.received */
export interface VoicemailReceivedPayload {
  voicemail_id: string;
  call_id: string;
  from: E164;
  to: E164;
  duration_seconds: number;
  recording_url: string;
  /** Null when inline transcription failed; voicemail.transcript_updated follows if a retry recovers it. */
  transcript: string | null;
  received_at: IsoTimestamp;
}

/** call.transcription.ready */
export interface CallTranscriptionReadyPayload {
  call_id: string;
  recording_id: string;
  transcript: string;
  language: string;
  /** Mean word confidence, 0..1. */
  confidence: number;
}

/** call.synthesis.ready */
export interface CallSynthesisReadyPayload {
  call_id: string;
  summary: string;
  action_items: string[];
  sentiment: 'positive' | 'neutral' | 'negative';
}

/** sip_trunk.status_changed */
export interface SipTrunkStatusPayload {
  trunk_id: string;
  previous_status: 'active' | 'degraded' | 'down';
  status: 'active' | 'degraded' | 'down';
  /** OPTIONS ping results that led to the change. */
  probe: { failures: number; last_response_code: number | null; latency_ms: number | null };
  changed_at: IsoTimestamp;
}
