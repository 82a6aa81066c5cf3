import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  CallSynthesisReadyPayload,
  CallTranscriptionReadyPayload,
  RecordingFailedPayload,
  RecordingQcFailedPayload,
  RecordingReadyPayload,
  VoicemailReceivedPayload,
} from './types';

/** QC thresholds applied to every finalized recording. */
const QC_LIMITS = { silence_ratio: 0.95, clipping: 0.02, channel_imbalance: 0.8, duration_mismatch: 5 } as const;

/** The recorder flushed the file to GCS. */
export async function onRecordingFinalized(
  tenantId: string,
  recording: RecordingReadyPayload,
  metrics: Record<keyof typeof QC_LIMITS, number>,
): Promise<void> {
  const checks = (Object.keys(QC_LIMITS) as Array<keyof typeof QC_LIMITS>).map((check) => ({
    check,
    value: metrics[check],
    threshold: QC_LIMITS[check],
    passed: metrics[check] <= QC_LIMITS[check],
  }));
  if (checks.some((c) => !c.passed)) {
    const qc: RecordingQcFailedPayload = {
      recording_id: recording.recording_id,
      call_id: recording.call_id,
      checks,
      checked_at: new Date().toISOString(),
    };
    await dispatchTenantWebhook(tenantId, 'recording.qc_failed', qc);
  }
  // Conference recordings have no call id, so only recording.completed is meaningful for them.
  if (recording.call_id !== null) await dispatchTenantWebhook(tenantId, 'call.recording.ready', recording);
  await dispatchTenantWebhook(tenantId, 'recording.completed', recording);
}

/** Storage write failure, codec mismatch, or AMD aborted before any audio was captured. */
export async function onRecordingFailed(tenantId: string, failure: RecordingFailedPayload): Promise<void> {
  await dispatchTenantWebhook(tenantId, 'recording.failed', failure);
}

/** Voicemail leg hung up after leaving a message. */
export async function onVoicemail(tenantId: string, voicemail: VoicemailReceivedPayload): Promise<void> {
  await dispatchTenantWebhook(tenantId, 'voicemail.received', voicemail);
}

/** Legacy inline pipeline: transcription and synthesis run right after the recording lands. */
export async function runInlinePipeline(
  tenantId: string,
  recording: RecordingReadyPayload,
  transcribe: (url: string) => Promise<{ text: string; language: string; confidence: number }>,
  summarize: (text: string) => Promise<Omit<CallSynthesisReadyPayload, 'call_id'>>,
  synthesisOptIn: boolean,
): Promise<void> {
  if (recording.call_id === null) return;
  const transcript = await transcribe(recording.recording_url);
  const transcription: CallTranscriptionReadyPayload = {
    call_id: recording.call_id,
    recording_id: recording.recording_id,
    transcript: transcript.text,
    language: transcript.language,
    confidence: transcript.confidence,
  };
  await dispatchTenantWebhook(tenantId, 'call.transcription.ready', transcription);
  if (!synthesisOptIn) return;
  const synthesis: CallSynthesisReadyPayload = { call_id: recording.call_id, ...(await summarize(transcript.text)) };
  await dispatchTenantWebhook(tenantId, 'call.synthesis.ready', synthesis);
}
