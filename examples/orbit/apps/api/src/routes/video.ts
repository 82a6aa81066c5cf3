import { WEBHOOK_EVENTS, type TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { VideoParticipantPayload, VideoRecordingPayload, VideoRoomPayload } from '../types/engagement';

/** SFU callback: first participant connected, the room is live. */
export async function onRoomStarted(ctx: TenantContext, room: VideoRoomPayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.VIDEO_ROOM_STARTED, room);
}

/** SFU callback: room closed (empty timeout or DELETE /v1/video/rooms/{id}). */
export async function onRoomEnded(ctx: TenantContext, room: VideoRoomPayload): Promise<void> {
  const ended: VideoRoomPayload = { ...room, ended_at: room.ended_at ?? new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.VIDEO_ROOM_ENDED, ended);
}

/** SFU callback: participant connected or disconnected. */
export async function onParticipantChanged(ctx: TenantContext, participant: VideoParticipantPayload): Promise<void> {
  if (participant.left_at === null) {
    await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.VIDEO_PARTICIPANT_JOINED, participant);
  } else {
    await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.VIDEO_PARTICIPANT_LEFT, participant);
  }
}

/** Egress finished; QC runs before the recording is reported. */
export async function onRecordingFinalized(ctx: TenantContext, recording: VideoRecordingPayload): Promise<void> {
  switch (recording.status) {
    case 'completed':
      await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.VIDEO_RECORDING_COMPLETED, recording);
      break;
    case 'degraded':
      await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.VIDEO_RECORDING_DEGRADED, recording);
      break;
    case 'failed':
      await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.VIDEO_RECORDING_FAILED, recording);
      break;
  }
}
