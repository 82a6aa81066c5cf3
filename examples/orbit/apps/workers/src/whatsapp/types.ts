import type { E164, IsoTimestamp } from '@orbit/shared';

/**
 * WhatsApp events mirror Meta WABA webhook fields. Each fires after Orbit ingests the Meta
 * callback and persists the upstream change; payloads carry `waba_id` / `phone_number_id` so
 * consumers can correlate with their own Meta tooling.
 */
export interface WhatsAppBase {
  /** WhatsApp Business Account id. @example "104996589245234" */
  waba_id: string;
  /** Meta phone-number id; null for WABA-level changes. */
  phone_number_id: string | null;
  occurred_at: IsoTimestamp;
}

/** JSON as Meta sends it. */
export type MetaJson = string | number | boolean | null | MetaJson[] | { [key: string]: MetaJson };

/** Account / business / phone changes: the Meta `value` object, normalised. */
export interface WhatsAppAccountDetails {
  /** Meta's event name. @example "DISABLED_UPDATE" */
  event: string;
  /** Ban / restriction / quality state after the change. @example "RESTRICTED" */
  state: string | null;
  /** Human-readable explanation from Meta, when it sent one. */
  description: string | null;
  restrictions: Array<{ restriction_type: string; expiration: IsoTimestamp | null }>;
}

/** Shared shape of whatsapp.account.*, whatsapp.business.*, whatsapp.phone.*, and friends. */
export interface WhatsAppAccountEventPayload extends WhatsAppBase {
  details: WhatsAppAccountDetails;
}

/** Template status / quality / category changes. */
export interface WhatsAppTemplateDetails {
  previous_status: string | null;
  new_status: string;
  previous_category: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION' | null;
  new_category: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION' | null;
  /** Quality score after a quality_update. */
  quality_score: 'GREEN' | 'YELLOW' | 'RED' | 'UNKNOWN' | null;
}

/** whatsapp.template.* */
export interface WhatsAppTemplatePayload extends WhatsAppBase {
  template_id: string;
  template_name: string;
  language: string;
  details: WhatsAppTemplateDetails;
}

/** whatsapp.template.rejected: `details.reason` carries Meta's rejection text. */
export type WhatsAppTemplateRejectedPayload = WhatsAppTemplatePayload & {
  details: WhatsAppTemplateDetails & { reason: string };
};

/** whatsapp.data.export_request / whatsapp.data.delete_request */
export interface WhatsAppDataRequestPayload extends WhatsAppBase {
  request_id: string;
  /** WhatsApp user id of the data subject. */
  wa_id: string;
  /** GDPR article invoked: 15 (access) or 17 (erasure). */
  gdpr_article: 15 | 17;
  /** Deadline to fulfil the request (one month from receipt). */
  respond_by: IsoTimestamp;
  details: { requested_in_conversation_id: string | null };
}

/** v25 fields: the original Meta event payload is carried under `details`. */
export interface WhatsAppRawFieldPayload extends WhatsAppBase {
  /** Meta webhook field name. @example "smb_message_echoes" */
  field: string;
  details: { [key: string]: MetaJson };
}

/** whatsapp.call.received / connected / accepted / terminated share this shape. */
export interface WhatsAppCallPayload extends WhatsAppBase {
  call_id: string;
  direction: 'inbound' | 'outbound';
  from: E164;
  to: E164;
  status: 'ringing' | 'connected' | 'accepted' | 'terminated';
  details: {
    /** Seconds of connected audio; only once terminated. */
    duration_seconds?: number;
    /** Meta's termination reason; only once terminated. */
    termination_reason?: string;
    sdp_type: 'offer' | 'answer' | null;
  };
}

/** whatsapp.call.permission_granted / whatsapp.call.permission_revoked */
export interface WhatsAppCallPermissionPayload extends WhatsAppBase {
  wa_id: string;
  permission: 'granted' | 'revoked';
  /** Granted permissions are temporary unless permanent is true. */
  details: { permanent: boolean; expires_at: IsoTimestamp | null; source: 'user_action' | 'call_button' | 'api' };
}
