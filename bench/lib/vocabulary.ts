/** Word lists the synthetic monorepo is built from (Orbit-shaped: a CPaaS with messaging, voice, billing, ...). */

/** Product surfaces: the first word of a group and of its events' prefix. */
export const DOMAINS = [
  'message', 'call', 'agent', 'billing', 'number', 'porting', 'whatsapp', 'campaign', 'contact', 'conversation',
  'verification', 'sim', 'fax', 'recording', 'transcription', 'queue', 'ivr', 'flow', 'tenant', 'user',
  'invoice', 'subscription', 'report', 'audit', 'lead', 'brand', 'template', 'media', 'email', 'push',
  'chat', 'survey', 'ticket', 'voice_eval', 'sip', 'trunk', 'device', 'webrtc', 'segment', 'consent',
] as const;

/** Second word of a group, so that groups stay unique past the number of domains. */
export const QUALIFIERS = [
  '', 'analytics', 'routing', 'compliance', 'lifecycle', 'import', 'export', 'scoring', 'sync', 'quota',
  'review', 'billing', 'alerting', 'archive', 'migration', 'pilot',
] as const;

/** Object part of an event name (`<prefix>.<object>_<action>`); '' means `<prefix>.<action>`. */
export const OBJECTS = ['', 'status', 'member', 'job', 'batch', 'rule', 'window', 'quota', 'session', 'link', 'alias', 'limit', 'config', 'export'] as const;

export const ACTIONS = [
  'created', 'updated', 'deleted', 'completed', 'failed', 'started', 'paused', 'resumed', 'expired', 'approved',
  'rejected', 'queued', 'delivered', 'received', 'synced', 'archived', 'restored', 'flagged', 'cleared', 'escalated',
  'assigned', 'closed', 'opened', 'retried', 'cancelled', 'scheduled',
] as const;

export const APPS = [
  'api', 'messaging', 'voice', 'billing', 'agents', 'whatsapp', 'numbers', 'campaigns', 'analytics', 'compliance',
  'identity', 'media', 'scheduler', 'integrations', 'reporting', 'support',
] as const;

/** How a payload field is typed; drives both the TypeScript source and the bare-site text. */
export type FieldKind =
  | 'string' | 'number' | 'boolean' | 'date' | 'enum' | 'strings' | 'object' | 'money' | 'address' | 'actor'
  | 'lineItems' | 'record' | 'flow';

/** Payload field names with the kind they are declared as (so `created_at` is always a Date). */
export const FIELDS: readonly (readonly [string, FieldKind])[] = [
  ['status', 'enum'], ['reason', 'string'], ['amount', 'number'], ['phone_number', 'string'], ['from', 'string'],
  ['to', 'string'], ['direction', 'enum'], ['duration_seconds', 'number'], ['attempt', 'number'], ['tags', 'strings'],
  ['metadata', 'record'], ['details', 'object'], ['agent_id', 'string'], ['queue_id', 'string'], ['country', 'string'],
  ['price', 'money'], ['error', 'object'], ['channel', 'enum'], ['priority', 'enum'], ['score', 'number'],
  ['labels', 'strings'], ['waba_id', 'string'], ['phone_number_id', 'string'], ['external_id', 'string'],
  ['note', 'string'], ['url', 'string'], ['locale', 'string'], ['timezone', 'string'], ['expires_at', 'date'],
  ['updated_at', 'date'], ['completed_at', 'date'], ['count', 'number'], ['total', 'number'], ['items', 'lineItems'],
  ['owner', 'actor'], ['address', 'address'], ['actor', 'actor'], ['previous_status', 'enum'],
  ['sim_swap_detected', 'boolean'], ['last_swap_date', 'date'], ['reclaimed', 'boolean'], ['imported', 'number'],
  ['skipped', 'number'], ['failed_count', 'number'], ['is_test', 'boolean'], ['campaign_id', 'string'],
  ['contact_id', 'string'], ['conversation_id', 'string'], ['balance', 'money'], ['limits', 'object'],
  ['region', 'enum'], ['recording_url', 'string'], ['started_at', 'date'], ['ended_at', 'date'],
  ['carrier', 'object'], ['billing_address', 'address'], ['segments', 'number'], ['encoding', 'enum'],
  ['retryable', 'boolean'], ['request_id', 'string'], ['source', 'enum'], ['idempotency_key', 'string'],
];

/** Literal unions for `enum` fields, picked per field. */
export const ENUMS: readonly (readonly string[])[] = [
  ['queued', 'sent', 'delivered', 'failed'],
  ['inbound', 'outbound'],
  ['sms', 'mms', 'whatsapp', 'rcs', 'email'],
  ['low', 'normal', 'high', 'urgent'],
  ['us-east', 'eu-west', 'ap-south'],
  ['gsm7', 'ucs2'],
  ['api', 'dashboard', 'import', 'system'],
  ['active', 'suspended', 'closed'],
];

/** Sub-fields of inline nested objects (`details`, `error`, `limits`, `carrier`). */
export const NESTED_FIELDS: readonly (readonly [string, 'string' | 'number' | 'boolean' | 'date' | 'enum'])[] = [
  ['code', 'string'], ['message', 'string'], ['retryable', 'boolean'], ['name', 'string'], ['max', 'number'],
  ['used', 'number'], ['reset_at', 'date'], ['kind', 'enum'], ['mcc', 'string'], ['mnc', 'string'],
];

/** Second sentences of event descriptions; some hold characters MDX must escape. */
export const DESCRIPTION_TAILS = [
  'Deliveries may repeat: deduplicate on `id`.',
  'Sent once per tenant, after the change is committed.',
  'The payload carries the state after the change; compare with `previous_status` for the transition.',
  'Fires for API and dashboard actions alike (see `source`).',
  'Counts are exact; amounts are in minor units {e.g. cents}.',
  'Thresholds below <10%> of the quota trigger it early.',
  'Emitted by the nightly sweep, in batches of at most 500 per tenant.',
  'Carries no personal data beyond the phone number.',
];

export const FIELD_DOCS = [
  'Unique identifier of the resource.',
  'When this happened (UTC).',
  'Why the change happened, as reported by the provider.',
  'Set by the tenant through the API; free-form.',
  'Present only when the provider reports it.',
  'Null until the first attempt completes.',
  'Copied from the resource at the time of the change.',
  'Omitted for test traffic (`is_test`).',
];
