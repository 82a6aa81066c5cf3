import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { WhatsAppCallPayload, WhatsAppCallPermissionPayload } from './types';

/** A `calls` field change from Meta (WhatsApp Business Calling). */
export interface MetaCallChange {
  waba_id: string;
  phone_number_id: string;
  call: {
    id: string;
    from: string;
    to: string;
    direction: 'USER_INITIATED' | 'BUSINESS_INITIATED';
    event: 'connect' | 'accept' | 'terminate';
    duration?: number;
    termination_reason?: string;
    sdp_type?: 'offer' | 'answer';
  };
}

function basePayload(change: MetaCallChange): Omit<WhatsAppCallPayload, 'status'> {
  const { call } = change;
  return {
    waba_id: change.waba_id,
    phone_number_id: change.phone_number_id,
    occurred_at: new Date().toISOString(),
    call_id: call.id,
    direction: call.direction === 'USER_INITIATED' ? 'inbound' : 'outbound',
    from: `+${call.from.replace(/^\+/, '')}`,
    to: `+${call.to.replace(/^\+/, '')}`,
    details: {
      duration_seconds: call.duration,
      termination_reason: call.termination_reason,
      sdp_type: call.sdp_type ?? null,
    },
  };
}

/**
 * Call lifecycle transition. The legacy whatsapp.call.received is also dispatched on every
 * transition for backward-compatible consumers.
 */
export async function handleCallChange(tenantId: string, change: MetaCallChange): Promise<void> {
  const base = basePayload(change);
  switch (change.call.event) {
    case 'connect': {
      const payload: WhatsAppCallPayload = { ...base, status: 'connected' };
      for (const event of ['whatsapp.call.connected', 'whatsapp.call.received'] as const) {
        await dispatchTenantWebhook(tenantId, event, payload);
      }
      return;
    }
    case 'accept': {
      const payload: WhatsAppCallPayload = { ...base, status: 'accepted' };
      for (const event of ['whatsapp.call.accepted', 'whatsapp.call.received'] as const) {
        await dispatchTenantWebhook(tenantId, event, payload);
      }
      return;
    }
    case 'terminate': {
      const payload: WhatsAppCallPayload = { ...base, status: 'terminated' };
      for (const event of ['whatsapp.call.terminated', 'whatsapp.call.received'] as const) {
        await dispatchTenantWebhook(tenantId, event, payload);
      }
      return;
    }
  }
}

/** `call_permission_reply` from Meta: the user granted or revoked calling permission. */
export async function handleCallPermission(
  tenantId: string,
  change: { waba_id: string; phone_number_id: string; wa_id: string; response: 'accept' | 'reject'; permanent: boolean; expiration: number | null },
): Promise<void> {
  const payload: WhatsAppCallPermissionPayload = {
    waba_id: change.waba_id,
    phone_number_id: change.phone_number_id,
    occurred_at: new Date().toISOString(),
    wa_id: change.wa_id,
    permission: change.response === 'accept' ? 'granted' : 'revoked',
    details: {
      permanent: change.permanent,
      expires_at: change.expiration === null ? null : new Date(change.expiration * 1000).toISOString(),
      source: 'user_action',
    },
  };
  if (payload.permission === 'granted') {
    await dispatchTenantWebhook(tenantId, 'whatsapp.call.permission_granted', payload);
  } else {
    await dispatchTenantWebhook(tenantId, 'whatsapp.call.permission_revoked', payload);
  }
}
