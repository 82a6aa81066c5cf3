import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { FallbackChannel, VerificationFallbackExhaustedPayload, VerificationFallbackTriggeredPayload } from './types';

/** A verification waiting on its current channel. */
export interface PendingFallback {
  tenant_id: string;
  verification_id: string;
  to: string;
  /** fallbackConfig.channels of the verification, in order. */
  channels: FallbackChannel[];
  /** Index into `channels` of the channel currently in use. */
  index: number;
  /** When the current channel times out and the engine advances. */
  advance_at: Date;
}

/** scheduler-verify-fallback tick: advances every verification whose channel timed out. */
export async function fallbackTick(pending: PendingFallback[], now: Date, send: (p: PendingFallback) => Promise<void>): Promise<void> {
  for (const item of pending) {
    if (item.advance_at.getTime() > now.getTime()) continue;
    const current = item.channels[item.index];
    const next = item.channels[item.index + 1];
    if (current === undefined) continue;
    if (next === undefined) {
      const exhausted: VerificationFallbackExhaustedPayload = {
        verification_id: item.verification_id,
        to: item.to,
        channels_tried: item.channels,
        exhausted_at: now.toISOString(),
      };
      await dispatchTenantWebhook(item.tenant_id, 'verification.fallback_exhausted', exhausted);
      continue;
    }
    item.index++;
    await send(item);
    const triggered: VerificationFallbackTriggeredPayload = {
      verification_id: item.verification_id,
      to: item.to,
      from_channel: current,
      to_channel: next,
      attempt: item.index + 1,
      triggered_at: now.toISOString(),
    };
    await dispatchTenantWebhook(item.tenant_id, 'verification.fallback_triggered', triggered);
  }
}
