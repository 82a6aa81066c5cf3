import type { E164, IsoTimestamp } from '@orbit/shared';

/** call.transferred */
export interface CallTransferredPayload {
  call_id: string;
  /** Number or SIP URI the call was transferred to. */
  transferred_to: string;
  transfer_type: 'blind' | 'warm';
  transferred_at: IsoTimestamp;
}

/** call.dtmf_sent */
export interface CallDtmfSentPayload {
  call_id: string;
  /** Digits injected, e.g. "1234#". Valid characters: 0-9, *, #, A-D, w (500 ms pause). */
  digits: string;
  /** Tone duration per digit. */
  duration_ms: number;
  sent_at: IsoTimestamp;
}

/** call.recording.paused / call.recording.resumed */
export interface CallRecordingToggledPayload {
  call_id: string;
  recording_id: string;
  siprec_session_id: string;
  state: 'paused' | 'recording';
  toggled_at: IsoTimestamp;
}

/** recording.started */
export interface RecordingStartedPayload {
  recording_id: string;
  /** Null for conference recordings. */
  call_id: string | null;
  conference_id: string | null;
  /** `api` for POST .../recording/start, `record_flag` for calls created with record:true. */
  trigger: 'api' | 'record_flag';
  channels: 'single' | 'dual';
  started_at: IsoTimestamp;
}

/** conference.created */
export interface ConferencePayload {
  conference_id: string;
  name: string;
  /** Hard cap after which the conference ends with `max_duration_reached`. */
  max_duration_seconds: number;
  record: boolean;
  created_at: IsoTimestamp;
}

/** conference.participant_joined */
export interface ConferenceParticipantPayload {
  conference_id: string;
  participant_id: string;
  call_id: string;
  phone_number: E164;
  role: 'moderator' | 'participant';
  muted: boolean;
  joined_at: IsoTimestamp;
}

/** conference.participant_left */
export interface ConferenceParticipantLeftPayload extends ConferenceParticipantPayload {
  left_at: IsoTimestamp;
  /**
   * normal_disconnect (BYE from participant), kicked (DELETE via API), conference_ended
   * (moderator ended), network_failure (RTP timeout).
   */
  reason: 'normal_disconnect' | 'kicked' | 'conference_ended' | 'network_failure';
  duration_seconds: number;
}

/** conference.ended */
export interface ConferenceEndedPayload {
  conference_id: string;
  ended_reason: 'moderator_ended' | 'last_participant_left' | 'max_duration_reached';
  /** Participants that joined at any point. */
  participant_count: number;
  duration_seconds: number;
  ended_at: IsoTimestamp;
}
