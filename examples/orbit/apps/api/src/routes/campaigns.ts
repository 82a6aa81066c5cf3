import type { TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { CampaignPayload } from '../types/campaigns';

/** POST /v1/campaigns */
export async function createCampaign(
  ctx: TenantContext,
  input: Pick<CampaignPayload, 'name' | 'channel' | 'list_ids' | 'scheduled_at'>,
): Promise<CampaignPayload> {
  const now = new Date().toISOString();
  const campaign: CampaignPayload = {
    ...input,
    campaign_id: `cmp_${Date.now().toString(36)}`,
    status: input.scheduled_at ? 'scheduled' : 'draft',
    metadata: {},
    created_at: now,
    updated_at: now,
  };
  await dispatchTenantWebhook(ctx.tenantId, 'campaign.created', campaign);
  return campaign;
}

/** PATCH /v1/campaigns/{id} */
export async function updateCampaign(
  ctx: TenantContext,
  campaign: CampaignPayload,
  patch: Partial<Omit<CampaignPayload, 'campaign_id' | 'created_at'>>,
): Promise<CampaignPayload> {
  const updated: CampaignPayload = { ...campaign, ...patch, updated_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, 'campaign.updated', updated);
  return updated;
}

/** DELETE /v1/campaigns/{id}: only drafts and finished campaigns can be deleted. */
export async function deleteCampaign(ctx: TenantContext, campaign: CampaignPayload): Promise<boolean> {
  if (campaign.status === 'running' || campaign.status === 'paused') return false;
  await dispatchTenantWebhook(ctx.tenantId, 'campaign.deleted', campaign);
  return true;
}
