import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { CsatDetractorPayload, SurveyResponsePayload } from './types';

/** CSAT below 3 (of 5) or NPS 0..6 (of 10) is a detractor. */
function isDetractor(response: SurveyResponsePayload): boolean {
  return response.kind === 'csat' ? response.score < 3 : response.score <= 6;
}

/** Post-call IVR survey (or SMS / email / web survey) response landed. */
export async function recordSurveyResponse(
  tenantId: string,
  response: SurveyResponsePayload,
  owner: { assignee_id: string | null; agent_id: string | null },
): Promise<void> {
  const event = response.kind === 'csat' ? 'survey.csat.response_recorded' : 'survey.nps.response_recorded';
  await dispatchTenantWebhook(tenantId, event, response);

  if (response.conversation_id === null || !isDetractor(response)) return;
  const detractor: CsatDetractorPayload = {
    conversation_id: response.conversation_id,
    contact_id: response.contact_id,
    survey_id: response.survey_id,
    kind: response.kind,
    score: response.score,
    ...owner,
  };
  await dispatchTenantWebhook(tenantId, 'conversation.csat_detractor', detractor);
}
