import type { MessagingChannel } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { ChannelFailoverPayload } from '../types';

/** Provider order per channel; the first healthy one wins. */
const PROVIDERS: Record<MessagingChannel, string[]> = {
  sms: ['telnyx', 'bandwidth', 'sinch'],
  mms: ['telnyx', 'bandwidth'],
  whatsapp: ['meta_cloud', '360dialog'],
  rcs: ['google_rbm'],
  email: ['resend', 'ses'],
};

/** Called when the primary provider rejected a send with a retryable provider error. */
export async function failOver(
  tenantId: string,
  messageId: string,
  channel: MessagingChannel,
  failedProvider: string,
  reason: string,
): Promise<string | null> {
  const candidates = PROVIDERS[channel].filter((p) => p !== failedProvider);
  const backup = candidates[0];
  if (backup === undefined) return null;
  const payload: ChannelFailoverPayload = {
    message_id: messageId,
    channel,
    primary_provider: failedProvider,
    backup_provider: backup,
    reason,
    failed_over_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(tenantId, 'channel.failover', payload);
  return backup;
}
