import { WEBHOOK_EVENTS } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  CallAnsweredPayload,
  CallBase,
  CallCompletedPayload,
  CallEarlyMediaPayload,
  CallFailedPayload,
  CallHitVoicemailPayload,
  CallInitiatedPayload,
  CallRingingPayload,
} from './types';

/** A SIP signalling event as normalised by the edge proxy. */
export type SipSignal =
  | { kind: 'invite'; connection_id: string }
  | { kind: 'provisional'; code: 180 | 183; sdp: { codec: string; rtp: string; direction: 'sendrecv' | 'sendonly' | 'recvonly' } | null; ring_group_leg: string | null }
  | { kind: 'answered' }
  | { kind: 'bye'; source: CallCompletedPayload['hangup_source']; cause: CallCompletedPayload['hangup_cause'] }
  | { kind: 'final_error'; code: number; reason: string }
  | { kind: 'amd'; result: 'human' | 'machine' | 'fax' | 'not_sure'; beep: boolean };

interface LegState {
  tenantId: string;
  call: CallBase;
  startedAt: Date;
  answeredAt: Date | null;
}

const legs = new Map<string, LegState>();

/** Registers a new leg (inbound INVITE or outbound dial). */
export function trackLeg(tenantId: string, call: CallBase): void {
  legs.set(call.call_id, { tenantId, call, startedAt: new Date(), answeredAt: null });
}

/** Turns one SIP signal into the tenant webhooks it implies. */
export async function onSipSignal(callId: string, signal: SipSignal): Promise<void> {
  const leg = legs.get(callId);
  if (!leg) return;
  const { tenantId, call } = leg;
  const now = new Date();

  switch (signal.kind) {
    case 'invite': {
      // Inbound legs are already ringing at the edge; subscribers without call.ringing rely on this status.
      const status = call.direction === 'inbound' ? 'ringing' : 'initiated';
      const payload: CallInitiatedPayload = { ...call, status, initiated_at: now.toISOString(), connection_id: signal.connection_id };
      await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CALL_INITIATED, payload);
      return;
    }
    case 'provisional': {
      if (signal.sdp === null && signal.code === 180) {
        // Headers-only ringback.
        const ringing: CallRingingPayload = { ...call, status: 'ringing', ring_group_leg: signal.ring_group_leg, ringing_at: now.toISOString() };
        await dispatchTenantWebhook(tenantId, 'call.ringing', ringing);
        return;
      }
      if (signal.sdp === null) return;
      // Not in WEBHOOK_EVENT_TYPES yet: shipped with the softphone "Audio streaming" work.
      const earlyMedia: CallEarlyMediaPayload = {
        ...call,
        status: 'ringing',
        sip_response_code: signal.code,
        sdp: { media: 'audio', codec: signal.sdp.codec, remote_rtp_address: signal.sdp.rtp, direction: signal.sdp.direction },
        early_media_at: now.toISOString(),
      };
      await dispatchTenantWebhook(tenantId, 'call.early_media', earlyMedia);
      return;
    }
    case 'answered': {
      leg.answeredAt = now;
      const answered: CallAnsweredPayload = { ...call, status: 'in_progress', answered_at: now };
      await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CALL_ANSWERED, answered);
      return;
    }
    case 'bye': {
      legs.delete(callId);
      const completed: CallCompletedPayload = {
        ...call,
        status: 'completed',
        started_at: leg.startedAt.toISOString(),
        ended_at: now.toISOString(),
        duration_seconds: leg.answeredAt ? Math.round((now.getTime() - leg.answeredAt.getTime()) / 1000) : 0,
        hangup_cause: signal.cause,
        hangup_source: signal.source,
      };
      await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CALL_COMPLETED, completed);
      return;
    }
    case 'final_error': {
      legs.delete(callId);
      const failed: CallFailedPayload = { ...call, status: 'failed', sip_code: signal.code, reason: signal.reason, failed_at: now.toISOString() };
      await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CALL_FAILED, failed);
      return;
    }
    case 'amd': {
      if (signal.result !== 'machine' && signal.result !== 'fax') return;
      const voicemail: CallHitVoicemailPayload = {
        ...call,
        amd_result: signal.result,
        beep_detected: signal.beep,
        detected_at: now.toISOString(),
      };
      await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CALL_HIT_VOICEMAIL, voicemail);
      return;
    }
  }
}
