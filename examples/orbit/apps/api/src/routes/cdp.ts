import type { Metadata, TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { ContactTraitChangedPayload } from '../types/contacts';
import type { CdpCall, CdpEventIngestedPayload, CdpIdentityResolvedPayload } from '../types/engagement';

const contactsByUserId = new Map<string, { contactId: string; traits: Metadata }>();

/** Computed traits re-evaluated in real time on every identify call. */
const COMPUTED_TRAITS: Record<string, (traits: Metadata) => string | null> = {
  lifecycle_stage: (t) => (t.plan ? (t.plan === 'free' ? 'lead' : 'customer') : null),
  is_vip: (t) => (Number(t.lifetime_value ?? '0') > 10_000 ? 'true' : 'false'),
};

/** POST /cdp/track and /cdp/identify, after the write-key signature was verified. */
export async function ingestCdpCall(ctx: TenantContext, call: CdpCall): Promise<CdpEventIngestedPayload> {
  const known = call.userId ? contactsByUserId.get(call.userId) : undefined;
  const ingested: CdpEventIngestedPayload = {
    cdp_event_id: `cdp_${Date.now().toString(36)}`,
    call,
    contact_id: known?.contactId ?? null,
    received_at: new Date(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'cdp.event.ingested', ingested);

  if (call.type === 'identify' && call.userId) {
    const contactId = known?.contactId ?? `con_${call.userId}`;
    const previous = known?.traits ?? {};
    const traits = { ...previous, ...call.traits };
    contactsByUserId.set(call.userId, { contactId, traits });
    const resolved: CdpIdentityResolvedPayload = {
      contact_id: contactId,
      anonymous_id: call.anonymousId,
      user_id: call.userId,
      matched_on: known ? 'user_id' : 'anonymous_id',
      merged_contact_ids: [],
      resolved_at: new Date().toISOString(),
    };
    await dispatchTenantWebhook(ctx.tenantId, 'cdp.identity.resolved', resolved);
    await recomputeTraits(ctx, contactId, previous, traits);
  }
  return ingested;
}

async function recomputeTraits(ctx: TenantContext, contactId: string, before: Metadata, after: Metadata): Promise<void> {
  for (const [trait, compute] of Object.entries(COMPUTED_TRAITS)) {
    const previousValue = compute(before);
    const newValue = compute(after);
    if (previousValue === newValue) continue;
    const change: ContactTraitChangedPayload = {
      contact_id: contactId,
      trait,
      previous_value: previousValue,
      new_value: newValue,
      computed_at: new Date().toISOString(),
    };
    await dispatchTenantWebhook(ctx.tenantId, 'contact.trait_changed', change);
  }
}
