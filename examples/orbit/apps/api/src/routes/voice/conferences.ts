import type { E164, TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  ConferenceEndedPayload,
  ConferenceParticipantLeftPayload,
  ConferenceParticipantPayload,
  ConferencePayload,
} from '../../types/voice';

interface ConferenceState {
  conference: ConferencePayload;
  active: Map<string, ConferenceParticipantPayload>;
  everJoined: number;
  createdAt: Date;
}

const conferences = new Map<string, ConferenceState>();

/** POST /api/v1/voice/conferences */
export async function createConference(
  ctx: TenantContext,
  input: { name: string; max_duration_seconds?: number; record?: boolean },
): Promise<ConferencePayload> {
  const createdAt = new Date();
  const conference: ConferencePayload = {
    conference_id: `conf_${createdAt.getTime().toString(36)}`,
    name: input.name,
    max_duration_seconds: input.max_duration_seconds ?? 14_400,
    record: input.record ?? false,
    created_at: createdAt.toISOString(),
  };
  conferences.set(conference.conference_id, { conference, active: new Map(), everJoined: 0, createdAt });
  await dispatchTenantWebhook(ctx.tenantId, 'conference.created', conference);
  return conference;
}

/** Called once the SIP INVITE for a participant leg got its 200 OK. */
export async function participantJoined(
  ctx: TenantContext,
  conferenceId: string,
  leg: { call_id: string; phone_number: E164; moderator: boolean },
): Promise<void> {
  const state = conferences.get(conferenceId);
  if (!state) return;
  const participant: ConferenceParticipantPayload = {
    conference_id: conferenceId,
    participant_id: `part_${leg.call_id}`,
    call_id: leg.call_id,
    phone_number: leg.phone_number,
    role: leg.moderator ? 'moderator' : 'participant',
    muted: false,
    joined_at: new Date().toISOString(),
  };
  state.active.set(participant.participant_id, participant);
  state.everJoined++;
  await dispatchTenantWebhook(ctx.tenantId, 'conference.participant_joined', participant);
}

/** DELETE /api/v1/voice/conferences/{id}/participants/{pid}, carrier BYE, or RTP timeout. */
export async function participantLeft(
  ctx: TenantContext,
  conferenceId: string,
  participantId: string,
  reason: ConferenceParticipantLeftPayload['reason'],
): Promise<void> {
  const state = conferences.get(conferenceId);
  const participant = state?.active.get(participantId);
  if (!state || !participant) return;
  state.active.delete(participantId);
  const leftAt = new Date();
  const payload: ConferenceParticipantLeftPayload = {
    ...participant,
    left_at: leftAt.toISOString(),
    reason,
    duration_seconds: Math.round((leftAt.getTime() - Date.parse(participant.joined_at)) / 1000),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'conference.participant_left', payload);
  if (state.active.size === 0 && reason !== 'conference_ended') {
    await endConference(ctx, conferenceId, 'last_participant_left');
  }
}

/** Moderator end-conference action, last leg gone, or the max-duration timer. */
export async function endConference(
  ctx: TenantContext,
  conferenceId: string,
  endedReason: ConferenceEndedPayload['ended_reason'],
): Promise<void> {
  const state = conferences.get(conferenceId);
  if (!state) return;
  // Remaining legs are dropped first so conference.ended stays the last event for this id.
  for (const participantId of [...state.active.keys()]) {
    await participantLeft(ctx, conferenceId, participantId, 'conference_ended');
  }
  conferences.delete(conferenceId);
  const endedAt = new Date();
  const payload: ConferenceEndedPayload = {
    conference_id: conferenceId,
    ended_reason: endedReason,
    participant_count: state.everJoined,
    duration_seconds: Math.round((endedAt.getTime() - state.createdAt.getTime()) / 1000),
    ended_at: endedAt.toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'conference.ended', payload);
}
