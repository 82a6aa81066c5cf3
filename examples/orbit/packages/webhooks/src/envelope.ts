/** Largest `data` object delivered inline; anything bigger is replaced by a pointer envelope. */
export const WEBHOOK_MAX_PAYLOAD_BYTES = 256 * 1024;

/** Identifier fields copied into a truncated envelope so consumers can fetch the resource. */
export const TRUNCATION_POINTER_FIELDS = [
  'id',
  'message_id',
  'conversation_id',
  'contact_id',
  'campaign_id',
  'channel',
] as const;

/** The standard wrapper around every webhook delivery. */
export interface WebhookEnvelope<T = Record<string, unknown>> {
  /** Unique event ID (idempotency key). Redeliveries of the same event reuse it. */
  id: string;
  /** Event type identifier, one of WEBHOOK_EVENT_TYPES (e.g. "message.delivered"). */
  type: string;
  /** ISO 8601 timestamp of when the event happened (not when it was delivered). */
  created_at: string;
  /** Event-specific payload. */
  data: T;
  /**
   * `true` only when the original data exceeded 256 KB and was replaced with a pointer-style
   * envelope. Subscribers fetch the full resource via the API.
   */
  truncated?: boolean;
}

/** What `data` becomes when the original payload was too large to deliver inline. */
export type TruncatedData = {
  _truncated: true;
  /** Size of the original JSON-encoded data in bytes. */
  _original_bytes: number;
} & Partial<Record<(typeof TRUNCATION_POINTER_FIELDS)[number], unknown>>;

/** UTF-8 byte length of a string, without relying on TextEncoder or Buffer. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair encodes one 4-byte code point.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Wraps an event payload in the standard envelope, truncating it when it exceeds 256 KB. */
export function buildEnvelope<T extends object>(
  type: string,
  data: T,
  options: { id: string; createdAt: Date },
): WebhookEnvelope<T | TruncatedData> {
  const originalBytes = utf8ByteLength(JSON.stringify(data));
  const base = { id: options.id, type, created_at: options.createdAt.toISOString() };
  if (originalBytes <= WEBHOOK_MAX_PAYLOAD_BYTES) return { ...base, data };

  const source = data as Record<string, unknown>;
  const pointer: TruncatedData = { _truncated: true, _original_bytes: originalBytes };
  for (const field of TRUNCATION_POINTER_FIELDS) {
    if (source[field] !== undefined) pointer[field] = source[field];
  }
  return { ...base, data: pointer, truncated: true };
}
