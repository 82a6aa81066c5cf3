/** A phone number in E.164 form, e.g. "+14155550123". */
export type E164 = string;

/** An ISO 8601 timestamp with timezone, e.g. "2026-05-30T14:03:11.402Z". */
export type IsoTimestamp = string;

/** Free-form string metadata that tenants attach to resources (max 50 keys). */
export type Metadata = Record<string, string>;

/** Channels a message can be sent on. */
export type MessagingChannel = 'sms' | 'mms' | 'whatsapp' | 'rcs' | 'email';

/** Cursor-paginated list response used by every list endpoint. */
export interface Paginated<T> {
  data: T[];
  next_cursor: string | null;
}

/** Who is acting: resolved from the API key or session by the auth middleware. */
export interface TenantContext {
  tenantId: string;
  /** Null for API-key calls; set for dashboard sessions. */
  userId: string | null;
}
