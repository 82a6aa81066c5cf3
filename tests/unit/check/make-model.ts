/** Hand-made models for the check tests, validated with the IR's own schema. */
import { bareEvent, modelSchema, type DispatchSite, type JsonSchema, type Model, type WebhookEvent } from '../../../generator/model.ts';

/** A dispatch site at `file:line` (column 3). */
export function site(file: string, line: number, payloadSchema: JsonSchema | null = null): DispatchSite {
  return { file, line, column: 3, function: 'dispatchTenantWebhook', via: [], payloadType: '{}', payloadSchema };
}

/** An event with sensible defaults: in the catalog, undocumented, not dispatched. */
export function event(name: string, over: Partial<WebhookEvent> = {}): WebhookEvent {
  return bareEvent(name, 'Message', { inCatalog: true, catalogSource: { file: 'src/constants.ts', line: 10, column: 3 }, ...over });
}

/** A model of the given events; groups in first-appearance order. Throws when it breaks the IR schema. */
export function model(events: WebhookEvent[], over: Partial<Model> = {}): Model {
  const groups = [...new Set(events.map((e) => e.group))].map((name) => ({ name, description: null, source: null }));
  return modelSchema.parse({ version: 1, groups, events, envelope: null, retryPolicy: null, diagnostics: [], ...over });
}
