import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { BalanceLowPayload, CreditsLowPayload } from '../types';

/** Tenants are alerted once per crossing, not on every debit below the threshold. */
const alerted = new Set<string>();

/** Runs after every balance debit. */
export async function checkBalance(
  tenantId: string,
  balance: Omit<BalanceLowPayload, 'threshold_cents'>,
  thresholdCents: number,
): Promise<void> {
  if (balance.balance_cents >= thresholdCents) {
    alerted.delete(tenantId);
    return;
  }
  if (alerted.has(tenantId)) return;
  alerted.add(tenantId);
  const low: BalanceLowPayload = { ...balance, threshold_cents: thresholdCents };
  await dispatchTenantWebhook(tenantId, 'balance.low', low);
  // Deprecated alias kept for pre-2025 integrations.
  const legacy: CreditsLowPayload = { ...low, credits_remaining: low.balance_cents };
  await dispatchTenantWebhook(tenantId, 'credits.low', legacy);
}
