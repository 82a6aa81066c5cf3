import { WEBHOOK_EVENTS, type TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { ListPayload, SegmentPayload, SegmentRule } from '../types/contacts';

/** POST /v1/lists */
export async function createList(ctx: TenantContext, name: string): Promise<ListPayload> {
  const list: ListPayload = {
    list_id: `lst_${Date.now().toString(36)}`,
    name,
    contact_count: 0,
    created_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.LIST_CREATED, list);
  return list;
}

/** DELETE /v1/lists/{id} */
export async function deleteList(ctx: TenantContext, list: ListPayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.LIST_DELETED, list);
}

/** Rough size estimate; the real one runs the rule against the contacts table. */
function estimateSize(rule: SegmentRule): number {
  if (rule.kind === 'trait') return rule.operator === 'exists' ? 1000 : 250;
  const sizes = rule.rules.map(estimateSize);
  return rule.combinator === 'and' ? Math.min(...sizes) : sizes.reduce((a, b) => a + b, 0);
}

/** POST /v1/segments */
export async function createSegment(ctx: TenantContext, name: string, rule: SegmentRule): Promise<SegmentPayload> {
  const segment: SegmentPayload = {
    segment_id: `seg_${Date.now().toString(36)}`,
    name,
    rule,
    estimated_size: estimateSize(rule),
    created_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.SEGMENT_CREATED, segment);
  return segment;
}

/** DELETE /v1/segments/{id} */
export async function deleteSegment(ctx: TenantContext, segment: SegmentPayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.SEGMENT_DELETED, segment);
}
