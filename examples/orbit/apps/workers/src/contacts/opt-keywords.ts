import { WEBHOOK_EVENTS, type E164, type MessagingChannel } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { ContactOptPayload } from '../types';

const STOP_KEYWORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);
const START_KEYWORDS = new Set(['START', 'YES', 'UNSTOP']);

/** Checks an inbound body for a compliance keyword and records the opt-in / opt-out. */
export async function handleOptKeyword(
  tenantId: string,
  inbound: { contact_id: string; from: E164; to: E164; channel: MessagingChannel; body: string },
): Promise<boolean> {
  const keyword = inbound.body.trim().toUpperCase();
  const payload: ContactOptPayload = {
    contact_id: inbound.contact_id,
    phone_number: inbound.from,
    channel: inbound.channel,
    keyword,
    sender: inbound.to,
    occurred_at: new Date().toISOString(),
  };
  if (STOP_KEYWORDS.has(keyword)) {
    const event = 'contact.opted_out';
    await dispatchTenantWebhook(tenantId, event, payload);
    return true;
  }
  if (START_KEYWORDS.has(keyword)) {
    await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CONTACT_OPTED_IN, payload);
    return true;
  }
  return false;
}
