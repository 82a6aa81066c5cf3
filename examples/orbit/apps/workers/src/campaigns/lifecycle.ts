import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { Campaign, CampaignLifecyclePayload } from '../types';

/** Campaign state transitions that tenants are told about. */
export type CampaignLifecycleEvent = 'campaign.started' | 'campaign.paused' | 'campaign.resumed' | 'campaign.completed';

function toPayload(campaign: Campaign): CampaignLifecyclePayload {
  return {
    campaign_id: campaign.id,
    name: campaign.name,
    channel: campaign.channel,
    status: campaign.status,
    audience_size: campaign.audience_size,
    stats: { sent: campaign.sent, delivered: campaign.delivered, failed: campaign.failed },
    occurred_at: new Date().toISOString(),
  };
}

/** One place that shapes lifecycle payloads, so every transition sends the same fields. */
export function emitCampaignEvent(tenantId: string, event: CampaignLifecycleEvent, campaign: Campaign): Promise<void> {
  return dispatchTenantWebhook(tenantId, event, toPayload(campaign));
}

/** Scheduler tick or "Send now": the send loop picks the campaign up. */
export async function startCampaign(tenantId: string, campaign: Campaign): Promise<Campaign> {
  const running: Campaign = { ...campaign, status: 'running' };
  await emitCampaignEvent(tenantId, 'campaign.started', running);
  return running;
}

/** POST /v1/campaigns/{id}/pause, or the tenant ran out of balance mid-send. */
export async function pauseCampaign(tenantId: string, campaign: Campaign): Promise<Campaign> {
  const paused: Campaign = { ...campaign, status: 'paused' };
  await emitCampaignEvent(tenantId, 'campaign.paused', paused);
  return paused;
}

/** POST /v1/campaigns/{id}/resume */
export async function resumeCampaign(tenantId: string, campaign: Campaign): Promise<Campaign> {
  const running: Campaign = { ...campaign, status: 'running' };
  await emitCampaignEvent(tenantId, 'campaign.resumed', running);
  return running;
}

/** The send loop drained the audience. */
export async function completeCampaign(tenantId: string, campaign: Campaign): Promise<Campaign> {
  const completed: Campaign = { ...campaign, status: 'completed' };
  await emitCampaignEvent(tenantId, 'campaign.completed', completed);
  return completed;
}
