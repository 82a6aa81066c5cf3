import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  ContactRecertificationDuePayload,
  ContactSegmentChangedPayload,
  PredictiveSegment,
  RecipientDeactivatedPayload,
} from './types';

/** Consent must be recertified yearly (FCC RMD); the window opens 30 days ahead. */
const RECERTIFY_AFTER_DAYS = 365;
const WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/** Daily: opens the recertification window of contacts whose consent is about to lapse. */
export async function recertificationSweep(
  tenantId: string,
  contacts: Array<{ id: string; phone_number: string; consent_obtained_at: Date; rnd_last_checked_at: Date | null }>,
  now: Date,
): Promise<void> {
  for (const contact of contacts) {
    const due = contact.consent_obtained_at.getTime() + RECERTIFY_AFTER_DAYS * DAY_MS;
    if (due - now.getTime() > WINDOW_DAYS * DAY_MS) continue;
    const payload: ContactRecertificationDuePayload = {
      contact_id: contact.id,
      phone_number: contact.phone_number,
      consent_obtained_at: contact.consent_obtained_at.toISOString(),
      recertify_by: new Date(due).toISOString(),
      rnd_last_checked_at: contact.rnd_last_checked_at?.toISOString() ?? null,
    };
    await dispatchTenantWebhook(tenantId, 'contact.recertification_due', payload);
  }
}

/** Maps an engagement score to its segment label. */
function segmentFor(score: number): PredictiveSegment {
  if (score >= 85) return 'champion';
  if (score >= 60) return 'engaged';
  if (score >= 35) return 'passive';
  if (score >= 10) return 'at_risk';
  return 'churned';
}

/** Nightly predictive scoring: reports contacts whose segment label flipped. */
export async function predictiveScoringRun(
  tenantId: string,
  scores: Array<{ contact_id: string; score: number; previous_segment: PredictiveSegment | null }>,
  modelVersion: string,
): Promise<void> {
  for (const row of scores) {
    const segment = segmentFor(row.score);
    if (segment === row.previous_segment) continue;
    const payload: ContactSegmentChangedPayload = {
      contact_id: row.contact_id,
      previous_segment: row.previous_segment,
      segment,
      score: row.score,
      model_version: modelVersion,
      scored_at: new Date().toISOString(),
    };
    await dispatchTenantWebhook(tenantId, 'contact.segment_changed', payload);
  }
}

/** Nightly carrier-feed sweep: every deactivated MSISDN held by a tenant is flipped to DNC. */
export async function carrierDeactivationSweep(
  feed: Array<{ msisdn: string; carrier: string; deactivated_at: Date }>,
  holders: (msisdn: string) => Array<{ tenant_id: string; contact_id: string }>,
): Promise<void> {
  for (const line of feed) {
    const byTenant = new Map<string, string[]>();
    for (const holder of holders(line.msisdn)) {
      byTenant.set(holder.tenant_id, [...(byTenant.get(holder.tenant_id) ?? []), holder.contact_id]);
    }
    for (const [tenantId, contactIds] of byTenant) {
      const payload: RecipientDeactivatedPayload = {
        phone_number: line.msisdn,
        carrier: line.carrier,
        deactivated_at: line.deactivated_at.toISOString(),
        contact_ids: contactIds,
        added_to_dnc: true,
      };
      await dispatchTenantWebhook(tenantId, 'message.recipient_deactivated', payload);
    }
  }
}
