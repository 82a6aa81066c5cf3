import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { NumberInventoryLowPayload } from './types';

/** Hourly: alerts tenants that reserve numbers in a region when its DID stock runs low. */
export async function checkNumberInventory(
  stock: Array<Omit<NumberInventoryLowPayload, 'threshold'> & { watchers: string[] }>,
  threshold = 25,
): Promise<void> {
  for (const { watchers, ...region } of stock) {
    if (region.available >= threshold) continue;
    const payload: NumberInventoryLowPayload = { ...region, threshold };
    for (const tenantId of watchers) {
      await dispatchTenantWebhook(tenantId, 'number.inventory.low', payload);
    }
  }
}
