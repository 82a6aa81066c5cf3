import { WEBHOOK_EVENTS } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  CallSynthesizedPayload,
  CallTranscriptReadyPayload,
  RecordingChaptersReadyPayload,
  VoicemailTranscriptUpdatedPayload,
} from './types';

/** A finished call waiting for post-call processing. */
export interface PostCallJob {
  tenant_id: string;
  call_id: string;
  recording_id: string;
  contact_id: string | null;
  synthesis_opt_in: boolean;
}

/** The model-facing side of the pipeline; injected so the scheduler stays testable. */
export interface PostCallModels {
  transcribe(recordingId: string): Promise<Omit<CallTranscriptReadyPayload, 'call_id' | 'contact_id'>>;
  chapterize(recordingId: string): Promise<RecordingChaptersReadyPayload['chapters']>;
  synthesize(callId: string): Promise<Omit<CallSynthesizedPayload, 'call_id' | 'synthesis_id' | 'synthesized_at'>>;
}

/** One job of the post-call synthesis scheduler. */
export async function runPostCallJob(job: PostCallJob, models: PostCallModels): Promise<void> {
  const transcript: CallTranscriptReadyPayload = {
    call_id: job.call_id,
    contact_id: job.contact_id,
    ...(await models.transcribe(job.recording_id)),
  };
  await dispatchTenantWebhook(job.tenant_id, WEBHOOK_EVENTS.CALL_TRANSCRIPT_READY, transcript);

  const chapters: RecordingChaptersReadyPayload = {
    recording_id: job.recording_id,
    call_id: job.call_id,
    chapters: await models.chapterize(job.recording_id),
  };
  if (chapters.chapters.length > 0) {
    await dispatchTenantWebhook(job.tenant_id, WEBHOOK_EVENTS.RECORDING_CHAPTERS_READY, chapters);
  }

  if (!job.synthesis_opt_in) return;
  const synthesis: CallSynthesizedPayload = {
    call_id: job.call_id,
    synthesis_id: `syn_${Date.now().toString(36)}`,
    ...(await models.synthesize(job.call_id)),
    synthesized_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(job.tenant_id, WEBHOOK_EVENTS.CALL_SYNTHESIZED, synthesis);
}

/** Retries transcription of voicemails whose inline (Deepgram) transcript came back NULL. */
export async function retryVoicemailTranscripts(
  voicemails: Array<{ tenant_id: string; voicemail_id: string; call_id: string; attempts: number }>,
  transcribe: (voicemailId: string) => Promise<string | null>,
): Promise<void> {
  for (const voicemail of voicemails) {
    const transcript = await transcribe(voicemail.voicemail_id);
    if (transcript === null) continue;
    const payload: VoicemailTranscriptUpdatedPayload = {
      voicemail_id: voicemail.voicemail_id,
      call_id: voicemail.call_id,
      transcript,
      retry_attempt: voicemail.attempts + 1,
      transcribed_at: new Date().toISOString(),
    };
    await dispatchTenantWebhook(voicemail.tenant_id, WEBHOOK_EVENTS.VOICEMAIL_TRANSCRIPT_UPDATED, payload);
  }
}
