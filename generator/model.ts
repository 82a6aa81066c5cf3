/**
 * The IR: the one contract between extract and emit/check.
 * Plain JSON-serializable data, validated by `modelSchema` at the border
 * (before emit, and when read back from `webhook-docs extract` output).
 * NOTE: every `file` is relative to the platform root (config `root`), POSIX separators,
 * so the model is identical across machines and source links can be built from it.
 */
import { z } from 'zod';

/** A place in the platform's source code. `line` and `column` are 1-based. */
export const sourceLocationSchema = z
  .object({ file: z.string(), line: z.number().int().positive(), column: z.number().int().positive().optional() })
  .strict();
export type SourceLocation = z.infer<typeof sourceLocationSchema>;

/** A problem found in the user's code or config (never our own bug). */
export const diagnosticSchema = z
  .object({
    /** Stable code: WD1xx extract, WD2xx check, WD3xx emit, WD0xx config/usage. */
    code: z.string().regex(/^WD\d{3}$/),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    /** Where; absent for problems without a place (e.g. a missing file). */
    location: sourceLocationSchema.optional(),
    /** The offending source text (an expression, a type), when there is one. */
    snippet: z.string().optional(),
    hint: z.string().optional(),
  })
  .strict();
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/**
 * A JSON Schema (draft 2020-12) object. Kept as an open record: the extractor owns its
 * shape; emitters read only standard keywords.
 */
export type JsonSchema = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** True for what JSON can hold (finite numbers, plain objects, arrays; no undefined, functions or cycles). */
export function isJsonValue(value: unknown, seen: Set<object> = new Set()): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  const children = Array.isArray(value) ? value : Object.getPrototypeOf(value) === Object.prototype ? Object.values(value) : null;
  const ok = children !== null && children.every((v) => isJsonValue(v, seen));
  seen.delete(value);
  return ok;
}
// NOTE: a hand-written check, not a recursive zod union: payload schemas are the bulk of the model, and
// zod's lazy union cost 15% of generate's CPU and a third of its peak memory at 1,000 events (bench/RESULTS.md).
export const jsonSchemaSchema: z.ZodType<JsonSchema> = z.custom<JsonSchema>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && isJsonValue(v),
  { message: 'must be a JSON object' },
);

/** One call that really dispatches the event. */
export const dispatchSiteSchema = z
  .object({
    file: z.string(),
    line: z.number().int().positive(),
    column: z.number().int().positive(),
    /** The configured dispatch function that was called (e.g. `dispatchTenantWebhook`). */
    function: z.string(),
    /** Wrapper functions the event name was forwarded through, outermost call first. */
    via: z.array(sourceLocationSchema.extend({ function: z.string() })),
    /** The payload's TypeScript type as written by the checker (for humans). */
    payloadType: z.string(),
    /** The payload schema as seen at this site alone (the event's schema merges all sites). */
    payloadSchema: jsonSchemaSchema.nullable(),
  })
  .strict();
export type DispatchSite = z.infer<typeof dispatchSiteSchema>;

/** A JSDoc block tag other than the ones the model names (e.g. `@idempotent`, `@retry`). */
export const docTagSchema = z.object({ name: z.string(), text: z.string() }).strict();
export type DocTag = z.infer<typeof docTagSchema>;

export const eventSchema = z
  .object({
    /** The wire name, e.g. `message.delivered`. */
    name: z.string(),
    /** The catalog group (section comment) it belongs to; inferred from name prefix for non-catalog events. */
    group: z.string(),
    /** Identifier in the catalog (`MESSAGE_DELIVERED` for object/enum catalogs), null for array catalogs and non-catalog events. */
    constant: z.string().nullable(),
    /** First sentence of the description, never cut mid-sentence; null when undocumented. */
    summary: z.string().nullable(),
    /** The whole JSDoc description (plain text, line breaks kept); null when the source has none. */
    description: z.string().nullable(),
    deprecated: z
      .object({
        /** The @deprecated text as written. */
        message: z.string(),
        /** The event name that replaces this one, when the tag names one we could resolve. */
        replacement: z.string().nullable(),
      })
      .strict()
      .nullable(),
    since: z.string().nullable(),
    see: z.array(z.string()),
    /** Other block tags, in source order. */
    tags: z.array(docTagSchema),
    inCatalog: z.boolean(),
    catalogSource: sourceLocationSchema.nullable(),
    /** Sorted by file, then line, then column. */
    dispatchSites: z.array(dispatchSiteSchema),
    /** Merged over all dispatch sites; null when never dispatched or unresolvable. */
    payloadSchema: jsonSchemaSchema.nullable(),
  })
  .strict();
export type WebhookEvent = z.infer<typeof eventSchema>;

/** An event with nothing documented about it: no constant, no JSDoc, no sites, no payload; `over` fills in what is known. */
export function bareEvent(name: string, group: string, over: Partial<WebhookEvent> = {}): WebhookEvent {
  return {
    name,
    group,
    constant: null,
    summary: null,
    description: null,
    deprecated: null,
    since: null,
    see: [],
    tags: [],
    inCatalog: false,
    catalogSource: null,
    dispatchSites: [],
    payloadSchema: null,
    ...over,
  };
}

export const groupSchema = z
  .object({
    name: z.string(),
    /** Text of the section comment after the group name, if any (e.g. "Predictive-scoring events (migration 077)."). */
    description: z.string().nullable(),
    source: sourceLocationSchema.nullable(),
  })
  .strict();
export type EventGroup = z.infer<typeof groupSchema>;

export const retryPolicySchema = z
  .object({
    /** Delay before each retry, in seconds, in order. */
    delaysSeconds: z.array(z.number().nonnegative()),
    /** Total delivery attempts, when the code states it. */
    maxAttempts: z.number().int().positive().nullable(),
    source: sourceLocationSchema.nullable(),
  })
  .strict();
export type RetryPolicy = z.infer<typeof retryPolicySchema>;

export const envelopeSchema = z
  .object({
    /** JSON Schema of the envelope type (id, type, created_at, data, truncated). */
    schema: jsonSchemaSchema,
    source: sourceLocationSchema.nullable(),
    /** Payloads over this many bytes are replaced by a pointer envelope; null when unknown. */
    maxPayloadBytes: z.number().int().positive().nullable(),
    /** Identifier fields a pointer envelope keeps. */
    pointerFields: z.array(z.string()),
  })
  .strict();
export type Envelope = z.infer<typeof envelopeSchema>;

export const modelSchema = z
  .object({
    version: z.literal(1),
    /** Groups in catalog order (non-catalog events join the group of their name prefix, or "Other"). */
    groups: z.array(groupSchema),
    /** Catalog order first, then events dispatched but not in the catalog, by name. */
    events: z.array(eventSchema),
    envelope: envelopeSchema.nullable(),
    retryPolicy: retryPolicySchema.nullable(),
    /** Sorted by file, line, column, code. */
    diagnostics: z.array(diagnosticSchema),
  })
  .strict();
export type Model = z.infer<typeof modelSchema>;
