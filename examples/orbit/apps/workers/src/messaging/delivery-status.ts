import { WEBHOOK_EVENTS, type IsoTimestamp } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { MessageFailedPayload, MessageRecord, MessageSentPayload, MessageStatusPayload } from '../types';

/** A normalised delivery receipt from any carrier / provider. */
export interface DeliveryReceipt {
  tenant_id: string;
  provider: string;
  provider_message_id: string;
  status: 'accepted' | 'delivered' | 'read' | 'undelivered' | 'rejected' | 'failed';
  error_code: string | null;
  error_message: string | null;
  at: IsoTimestamp;
}

/** Applies one receipt to its message and tells the tenant. */
export async function applyReceipt(message: MessageRecord, receipt: DeliveryReceipt): Promise<void> {
  const tenantId = receipt.tenant_id;
  switch (receipt.status) {
    case 'accepted': {
      const sent: MessageSentPayload = {
        ...message,
        status: 'sent',
        provider: receipt.provider,
        provider_message_id: receipt.provider_message_id,
        sent_at: receipt.at,
      };
      await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.MESSAGE_SENT, sent);
      return;
    }
    case 'delivered': {
      const delivered: MessageStatusPayload = { ...message, status: 'delivered', status_at: receipt.at };
      await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.MESSAGE_DELIVERED, delivered);
      return;
    }
    case 'read': {
      const read: MessageStatusPayload = { ...message, status: 'read', status_at: receipt.at };
      await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.MESSAGE_READ, read);
      return;
    }
    default: {
      // undelivered / rejected are folded into one terminal failure event.
      const failed: MessageFailedPayload = {
        ...message,
        status: 'failed',
        error_code: receipt.error_code ?? 'unknown',
        error_message: receipt.error_message ?? receipt.status,
        synthesized: receipt.status !== 'failed',
      };
      await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.MESSAGE_FAILED, failed);
    }
  }
}
