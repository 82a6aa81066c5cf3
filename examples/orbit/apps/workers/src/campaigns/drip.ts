import { WEBHOOK_EVENTS } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { DripCompletedPayload, DripStepPayload } from '../types';

/** One step of a drip schedule. */
export interface DripStep {
  id: string;
  delay_hours: number;
  template_id: string;
}

/** Sends one drip step to its slice and reports progress. */
export async function runDripStep(
  tenantId: string,
  campaignId: string,
  steps: DripStep[],
  stepIndex: number,
  slice: string[],
  send: (contactId: string, templateId: string) => Promise<boolean>,
  startedAt: Date,
): Promise<void> {
  const step = steps[stepIndex];
  if (!step) return;
  const progress: DripStepPayload = {
    campaign_id: campaignId,
    step_id: step.id,
    step_index: stepIndex,
    recipients: slice.length,
    sent: 0,
    failed: 0,
    occurred_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CAMPAIGN_DRIP_STEP_SENT, progress);

  for (const contactId of slice) {
    if (await send(contactId, step.template_id)) progress.sent++;
    else progress.failed++;
  }
  await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CAMPAIGN_DRIP_STEP_COMPLETED, {
    ...progress,
    occurred_at: new Date().toISOString(),
  });

  if (stepIndex === steps.length - 1) {
    const done: DripCompletedPayload = {
      campaign_id: campaignId,
      steps_completed: steps.length,
      total_sent: progress.sent,
      started_at: startedAt.toISOString(),
      completed_at: new Date().toISOString(),
    };
    await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.CAMPAIGN_DRIP_COMPLETED, done);
  }
}
