import { buildWebhookJobs, webhookQueue } from '@orbit/webhooks';
import type { EmailEngagementPayload } from '../types';

/** The subset of a Resend webhook Orbit relays. */
export interface ResendEvent {
  type: 'email.opened' | 'email.clicked' | 'email.delivered' | 'email.bounced';
  created_at: string;
  data: { email_id: string; to: string[]; click?: { link: string; userAgent: string }; tags?: Record<string, string> };
}

/** Resend webhook surface: opens and clicks are relayed to the tenant that sent the email. */
export function relayResendEvent(tenantId: string, event: ResendEvent): number {
  const recipient = event.data.to[0];
  if (recipient === undefined) return 0;
  const base: EmailEngagementPayload = {
    message_id: event.data.email_id,
    contact_id: event.data.tags?.contact_id ?? null,
    email: recipient,
    campaign_id: event.data.tags?.campaign_id ?? null,
    user_agent: event.data.click?.userAgent ?? null,
    occurred_at: event.created_at,
  };
  const jobs =
    event.type === 'email.opened'
      ? buildWebhookJobs({ tenantId, event: 'email.opened', payload: base })
      : event.type === 'email.clicked'
        ? buildWebhookJobs({ tenantId, event: 'email.clicked', payload: { ...base, url: event.data.click?.link ?? '' } })
        : [];
  for (const job of jobs) webhookQueue.enqueue(job);
  return jobs.length;
}
