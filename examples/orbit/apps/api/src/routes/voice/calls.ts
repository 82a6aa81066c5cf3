import { WEBHOOK_EVENTS, type TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  CallDtmfSentPayload,
  CallRecordingToggledPayload,
  CallTransferredPayload,
  RecordingStartedPayload,
} from '../../types/voice';

const DTMF_PATTERN = /^[0-9*#A-Dw]{1,64}$/;

/** POST /api/v1/voice/calls/{id}/transfer */
export async function transferCall(
  ctx: TenantContext,
  callId: string,
  to: string,
  type: CallTransferredPayload['transfer_type'],
): Promise<void> {
  const payload: CallTransferredPayload = {
    call_id: callId,
    transferred_to: to,
    transfer_type: type,
    transferred_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.CALL_TRANSFERRED, payload);
}

/** POST /api/v1/voice/calls/{id}/dtmf */
export async function sendDtmf(ctx: TenantContext, callId: string, digits: string, durationMs = 250): Promise<boolean> {
  if (!DTMF_PATTERN.test(digits)) return false;
  const payload: CallDtmfSentPayload = {
    call_id: callId,
    digits,
    duration_ms: durationMs,
    sent_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.CALL_DTMF_SENT, payload);
  return true;
}

/** POST /api/v1/voice/calls/{id}/recording/start */
export async function startRecording(ctx: TenantContext, callId: string): Promise<RecordingStartedPayload> {
  const payload: RecordingStartedPayload = {
    recording_id: `rec_${Date.now().toString(36)}`,
    call_id: callId,
    conference_id: null,
    trigger: 'api',
    channels: 'dual',
    started_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'recording.started', payload);
  return payload;
}

/** POST /api/v1/voice/calls/{id}/recording/pause and .../resume: toggles the SIPREC fork. */
export async function setRecordingPaused(
  ctx: TenantContext,
  callId: string,
  recordingId: string,
  paused: boolean,
): Promise<void> {
  const payload: CallRecordingToggledPayload = {
    call_id: callId,
    recording_id: recordingId,
    siprec_session_id: `siprec_${recordingId}`,
    state: paused ? 'paused' : 'recording',
    toggled_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(
    ctx.tenantId,
    paused ? 'call.recording.paused' : 'call.recording.resumed',
    payload,
  );
}
