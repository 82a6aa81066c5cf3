/**
 * A small hand-made model (no extractor needed) covering what pages must show: nested and
 * array fields, enums, nullable, deprecated alias, drift event, undocumented event, tags.
 */
import path from 'node:path';
import { resolveConfig, type ResolvedConfig } from '../../../generator/config.ts';
import { bareEvent, modelSchema, type JsonSchema, type Model, type WebhookEvent } from '../../../generator/model.ts';

const site = (file: string, line: number, payloadType: string, payloadSchema: JsonSchema | null, fn = 'dispatchTenantWebhook') => ({
  file,
  line,
  column: 5,
  function: fn,
  via: [] as { file: string; line: number; function: string }[],
  payloadType,
  payloadSchema,
});

/** One event with defaults; override what the test needs. */
export function makeEvent(over: Partial<WebhookEvent> & { name: string }): WebhookEvent {
  return bareEvent(over.name, 'Message', { inCatalog: true, catalogSource: { file: 'packages/shared/src/constants.ts', line: 10 }, ...over });
}

const deliveredPayload: JsonSchema = {
  type: 'object',
  properties: {
    message_id: { type: 'string', description: 'The message that was delivered.' },
    to: { type: 'string', description: 'Recipient in E.164 format.' },
    channel: { type: 'string', enum: ['sms', 'mms', 'whatsapp'], description: 'Channel the message went out on.' },
    delivered_at: { type: 'string', format: 'date-time' },
    segments: { type: 'integer', minimum: 1 },
    error: { anyOf: [{ $ref: '#/$defs/DeliveryError' }, { type: 'null' }], description: 'Set when the carrier reported a soft error.' },
    carrier: { type: 'object', properties: { name: { type: 'string' }, mcc_mnc: { type: ['string', 'null'] } }, required: ['name'] },
    tags: { type: 'array', items: { type: 'string' } },
    parts: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, status: { type: 'string', enum: ['ok', 'failed'] } }, required: ['index', 'status'] } },
  },
  required: ['message_id', 'to', 'channel', 'delivered_at', 'error', 'carrier'],
  $defs: {
    DeliveryError: { type: 'object', properties: { code: { type: 'string' }, detail: { type: 'string' } }, required: ['code'] },
  },
};

const balancePayload: JsonSchema = {
  type: 'object',
  properties: { amount: { type: 'number' }, currency: { type: 'string' }, balance: { type: 'number' }, topped_up_at: { type: 'string', format: 'date-time' } },
  required: ['amount', 'currency', 'balance', 'topped_up_at'],
};

const verificationPayload: JsonSchema = {
  type: 'object',
  properties: {
    verification_id: { type: 'string' },
    to: { type: 'string' },
    reason: { type: 'string', enum: ['expired', 'max_attempts', 'sim_swap_detected'], description: 'Why the verification failed.' },
    last_swap_date: { type: 'string', format: 'date-time', description: 'When the SIM was last swapped (only for sim_swap_detected).' },
  },
  required: ['verification_id', 'to', 'reason'],
  examples: [{ verification_id: 'ver_123', to: '+14155550100', reason: 'sim_swap_detected', last_swap_date: '2026-05-29T08:00:00Z' }],
};

const earlyMediaPayload: JsonSchema = {
  type: 'object',
  description: 'The carrier started streaming pre-answer audio: it drives the <audio> element of the softphone on {call_id}.',
  properties: { call_id: { type: 'string' } },
  required: ['call_id'],
};

/** The fixture model, validated. */
export function makeModel(extra: WebhookEvent[] = []): Model {
  const events: WebhookEvent[] = [
    makeEvent({
      name: 'message.delivered',
      constant: 'MESSAGE_DELIVERED',
      summary: 'Fires when the carrier confirms delivery of an outbound message.',
      description: 'Fires when the carrier confirms delivery of an outbound message.\n\nCarriers report delivery late sometimes; `delivered_at` is the carrier\'s time.',
      tags: [{ name: 'idempotency', text: 'Use the envelope id to deduplicate.' }],
      dispatchSites: [site('apps/workers/src/dlr.ts', 42, 'MessageDeliveredPayload', deliveredPayload)],
      payloadSchema: deliveredPayload,
      since: '2024-01',
    }),
    makeEvent({ name: 'message.failed', catalogSource: { file: 'packages/shared/src/constants.ts', line: 11 }, dispatchSites: [site('apps/workers/src/dlr.ts', 60, 'MessageDeliveredPayload', deliveredPayload)], payloadSchema: deliveredPayload }),
    makeEvent({
      name: 'balance.topped_up',
      group: 'Billing',
      summary: 'Credits were added to the balance.',
      description: 'Credits were added to the balance.',
      catalogSource: { file: 'packages/shared/src/constants.ts', line: 80 },
      dispatchSites: [site('apps/api/src/billing.ts', 12, 'BalanceToppedUp', balancePayload)],
      payloadSchema: balancePayload,
    }),
    makeEvent({
      name: 'credits.purchased',
      group: 'Billing',
      deprecated: { message: 'Use BALANCE_TOPPED_UP', replacement: 'balance.topped_up' },
      catalogSource: { file: 'packages/shared/src/constants.ts', line: 84 },
      dispatchSites: [site('apps/api/src/billing.ts', 14, 'BalanceToppedUp', balancePayload)],
      payloadSchema: balancePayload,
    }),
    makeEvent({
      name: 'conference.ended',
      group: 'Voice',
      summary: 'Fires when the conference’s active participant count drops to zero, or the moderator ends it.',
      description: 'Fires when the conference’s active participant count drops to zero, or the moderator ends it.',
      tags: [{ name: 'ordering', text: 'Always the LAST event for a conference id.' }],
      catalogSource: { file: 'packages/shared/src/constants.ts', line: 40 },
      dispatchSites: [
        {
          ...site('apps/api/src/voice/conference.ts', 88, 'ConferenceEnded', { type: 'object', properties: { conference_id: { type: 'string' }, ended_reason: { type: 'string', enum: ['moderator_ended', 'last_participant_left', 'max_duration_reached'] } }, required: ['conference_id', 'ended_reason'] }, 'dispatchTenantWebhook'),
          via: [{ file: 'apps/api/src/voice/notify.ts', line: 7, function: 'notifyConference' }],
        },
      ],
      payloadSchema: { type: 'object', properties: { conference_id: { type: 'string' }, ended_reason: { type: 'string', enum: ['moderator_ended', 'last_participant_left', 'max_duration_reached'] } }, required: ['conference_id', 'ended_reason'] },
    }),
    makeEvent({
      name: 'call.early_media',
      group: 'Voice',
      inCatalog: false,
      catalogSource: null,
      // Like Orbit: no catalog entry, so no JSDoc on the event; only the payload type has a comment.
      dispatchSites: [site('apps/api/src/voice/sip.ts', 120, 'CallEarlyMedia', earlyMediaPayload)],
      payloadSchema: earlyMediaPayload,
    }),
    makeEvent({
      name: 'verification.failed',
      group: 'Verification',
      catalogSource: { file: 'packages/shared/src/constants.ts', line: 120 },
      dispatchSites: [site('apps/api/src/verify.ts', 33, 'VerificationFailed', verificationPayload)],
      payloadSchema: verificationPayload,
    }),
    ...extra,
  ];
  return modelSchema.parse({
    version: 1,
    groups: [
      { name: 'Message', description: null, source: { file: 'packages/shared/src/constants.ts', line: 9 } },
      { name: 'Voice', description: 'Conference lifecycle events (audit #BUG-R65).', source: { file: 'packages/shared/src/constants.ts', line: 39 } },
      { name: 'Verification', description: null, source: null },
      { name: 'Billing', description: null, source: null },
    ],
    events,
    envelope: {
      schema: {
        type: 'object',
        properties: {
          id: { type: 'string', description: 'Unique event ID (idempotency key).' },
          type: { type: 'string', description: 'Event type identifier.' },
          created_at: { type: 'string', format: 'date-time', description: 'ISO 8601 timestamp.' },
          data: { type: 'object', description: 'Event-specific payload.' },
          truncated: { type: 'boolean', description: 'true only when data exceeded the size limit.' },
        },
        required: ['id', 'type', 'created_at', 'data'],
      },
      source: { file: 'packages/webhooks/src/envelope.ts', line: 3 },
      maxPayloadBytes: 262144,
      pointerFields: ['id', 'message_id', 'conversation_id', 'contact_id', 'campaign_id', 'channel'],
    },
    retryPolicy: { delaysSeconds: [60, 300, 900, 3600, 21600], maxAttempts: 5, source: { file: 'packages/webhooks/src/retry-policy.ts', line: 4 } },
    diagnostics: [],
  });
}

/** A resolved config writing below `outDir`. */
export function makeConfig(outDir: string, over: { sourceUrl?: string | null } = {}): ResolvedConfig {
  const site: Record<string, string> = { title: 'Orbit Webhooks', description: 'Every webhook event Orbit sends.', url: 'https://docs.orbit.example' };
  if (over.sourceUrl !== null) site.sourceUrl = over.sourceUrl ?? 'https://github.com/orbit/orbit/blob/main/{file}#L{line}';
  return resolveConfig(
    {
      root: '.',
      catalog: { file: 'packages/shared/src/constants.ts', export: 'WEBHOOK_EVENT_TYPES' },
      dispatchers: [{ name: 'dispatchTenantWebhook', event: 1, payload: 2 }],
      retryPolicy: { file: 'packages/webhooks/src/retry-policy.ts', delays: 'WEBHOOK_RETRY_DELAYS_MS', maxAttempts: 'WEBHOOK_MAX_ATTEMPTS' },
      site,
      outDir: '.',
    },
    path.join(outDir, 'webhook-docs.config.json'),
  );
}
