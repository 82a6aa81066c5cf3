import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { FlowExecutedPayload, FlowExecutionPayload } from '../types';

/** Executions running longer than this are stopped and reported as `timeout`. */
const EXECUTION_TIMEOUT_MS = 15 * 60_000;

/** A compiled flow step: runs and returns the ids of the next steps. */
export type CompiledStep = (contactId: string | null) => Promise<string[]>;

/** Runs one flow execution to its end and reports it. */
export async function executeFlow(
  tenantId: string,
  flow: { id: string; version: number; entry: string; steps: Map<string, CompiledStep> },
  contactId: string | null,
): Promise<void> {
  const startedAt = Date.now();
  const execution: FlowExecutionPayload = {
    execution_id: `fex_${startedAt.toString(36)}`,
    flow_id: flow.id,
    flow_version: flow.version,
    contact_id: contactId,
    steps_run: [],
    started_at: new Date(startedAt).toISOString(),
    finished_at: null,
  };
  await dispatchTenantWebhook(tenantId, 'flow.execution.started', execution);

  let status: FlowExecutedPayload['status'] = 'completed';
  const queue = [flow.entry];
  while (queue.length > 0) {
    if (Date.now() - startedAt > EXECUTION_TIMEOUT_MS) {
      status = 'timeout';
      break;
    }
    const stepId = queue.shift() as string;
    const step = flow.steps.get(stepId);
    try {
      if (!step) throw new Error(`unknown step ${stepId}`);
      execution.steps_run.push(stepId);
      queue.push(...(await step(contactId)));
    } catch (err) {
      status = 'failed';
      execution.error = { step_id: stepId, code: 'step_error', message: err instanceof Error ? err.message : String(err) };
      break;
    }
  }
  execution.finished_at = new Date().toISOString();

  const ok = status === 'completed';
  await dispatchTenantWebhook(tenantId, ok ? 'flow.execution.completed' : 'flow.execution.failed', execution);
  const executed: FlowExecutedPayload = {
    execution_id: execution.execution_id,
    flow_id: flow.id,
    status,
    duration_ms: Date.now() - startedAt,
  };
  await dispatchTenantWebhook(tenantId, 'flow.executed', executed);
}
