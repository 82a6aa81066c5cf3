import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { WallboardSlaWarningPayload, WfmAdherenceBreachPayload } from './types';

/** Warn when service level is within this margin of the target, before it is actually missed. */
const SLA_EARLY_WARNING_MARGIN = 0.05;
/** Minutes out of adherence before a breach is reported. */
const ADHERENCE_GRACE_MINUTES = 5;

/** Every 30 s per queue: early warning before the wallboard SLA goes red. */
export async function checkQueueSla(tenantId: string, snapshot: WallboardSlaWarningPayload): Promise<void> {
  if (snapshot.service_level > snapshot.target_service_level + SLA_EARLY_WARNING_MARGIN) return;
  await dispatchTenantWebhook(tenantId, 'wallboard.sla_warning', snapshot);
}

/** Every minute per scheduled agent: compares the WFM schedule with the live agent state. */
export async function checkAdherence(tenantId: string, sample: Omit<WfmAdherenceBreachPayload, 'breached_at'>): Promise<void> {
  if (sample.out_of_adherence_minutes < ADHERENCE_GRACE_MINUTES) return;
  const breach: WfmAdherenceBreachPayload = { ...sample, breached_at: new Date().toISOString() };
  await dispatchTenantWebhook(tenantId, 'wfm.adherence_breach', breach);
}
