import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { VoiceEvalRegressionPayload, VoiceEvalRunCompletedPayload, VoiceEvalRunStartedPayload } from './types';

/** Relative drop in a metric that counts as a regression. */
const REGRESSION_TOLERANCE = 0.1;

/** Result of one simulated call of the suite. */
export interface EvalCaseResult {
  case_id: string;
  passed: boolean;
  metrics: Record<VoiceEvalRegressionPayload['regressions'][number]['metric'], number>;
}

/** Runs a voice eval suite against an agent version and compares it with the baseline run. */
export async function runVoiceEval(
  tenantId: string,
  run: VoiceEvalRunStartedPayload,
  execute: (caseIndex: number) => Promise<EvalCaseResult>,
  baseline: { run_id: string; results: Map<string, EvalCaseResult> } | null,
): Promise<void> {
  await dispatchTenantWebhook(tenantId, 'voice_eval.run_started', run);
  const results: EvalCaseResult[] = [];
  for (let i = 0; i < run.case_count; i++) results.push(await execute(i));

  const passed = results.filter((r) => r.passed).length;
  const completed: VoiceEvalRunCompletedPayload = {
    ...run,
    passed,
    failed: results.length - passed,
    pass_rate: results.length === 0 ? 0 : passed / results.length,
    completed_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(tenantId, 'voice_eval.run_completed', completed);

  if (!baseline) return;
  const regressions: VoiceEvalRegressionPayload['regressions'] = [];
  for (const result of results) {
    const before = baseline.results.get(result.case_id);
    if (!before) continue;
    const successBefore = before.metrics.task_success;
    const successNow = result.metrics.task_success;
    if (successNow < successBefore * (1 - REGRESSION_TOLERANCE)) {
      regressions.push({ case_id: result.case_id, metric: 'task_success', baseline: successBefore, current: successNow });
    }
  }
  if (regressions.length === 0) return;
  const payload: VoiceEvalRegressionPayload = {
    run_id: run.run_id,
    baseline_run_id: baseline.run_id,
    suite_id: run.suite_id,
    agent_id: run.agent_id,
    regressions,
  };
  await dispatchTenantWebhook(tenantId, 'voice_eval.regression_detected', payload);
}
