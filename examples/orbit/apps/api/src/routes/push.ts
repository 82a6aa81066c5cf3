import type { TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { PushAckPayload } from '../types/engagement';

/** Body the mobile / web SDK posts to /v1/push/ack. */
export interface PushAckRequest extends Omit<PushAckPayload, 'occurred_at'> {
  kind: 'rendered' | 'tapped';
  occurred_at_ms: number;
}

/** POST /v1/push/ack: SDK acknowledgement of a rendered or tapped push. */
export async function acknowledgePush(ctx: TenantContext, ack: PushAckRequest): Promise<void> {
  const { kind, occurred_at_ms, ...rest } = ack;
  const payload: PushAckPayload = { ...rest, occurred_at: new Date(occurred_at_ms).toISOString() };
  if (kind === 'rendered') {
    await dispatchTenantWebhook(ctx.tenantId, 'push.delivered', payload);
  } else {
    await dispatchTenantWebhook(ctx.tenantId, 'push.opened', payload);
  }
}
