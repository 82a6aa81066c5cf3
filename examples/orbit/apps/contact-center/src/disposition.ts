import { WEBHOOK_EVENTS } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { ConversationDisposedPayload, ConversationScoredPayload, DeflectionPayload } from './types';

/** Auto-disposition: an AI or rule engine closed/resolved the conversation. */
export async function autoDispose(tenantId: string, disposition: ConversationDisposedPayload): Promise<void> {
  await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CONVERSATION_DISPOSED, disposition);
}

/** QM scoring: a scorecard was applied to the conversation. */
export async function recordQmScore(tenantId: string, score: ConversationScoredPayload): Promise<void> {
  await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CONVERSATION_SCORED, score);
}

/**
 * The customer's issue was resolved without a human. Deflections that also stopped a
 * help-desk ticket are reported on both events so CRMs can count either.
 */
export async function recordDeflection(tenantId: string, deflection: DeflectionPayload): Promise<void> {
  await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CONVERSATION_DEFLECTED, deflection);
  if (deflection.ticket_id !== null) {
    await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.TICKET_DEFLECTED, deflection);
  }
}
