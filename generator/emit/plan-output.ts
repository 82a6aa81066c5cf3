/**
 * The whole output of a run, in memory: path (below the output directory) → file text.
 * Nothing is written until every file is rendered.
 */
import { OUTPUT_PATHS } from '../site-contract.ts';
import { renderAsyncApi } from './build-asyncapi.ts';
import { envelopeSchemaOf, schemaFile } from './build-event-schema.ts';
import { buildEventsIndex } from './build-events-index.ts';
import { buildLlmsTxt } from './build-llms-txt.ts';
import { buildSidebar } from './build-sidebar.ts';
import { renderCatalogPage } from './catalog-page.ts';
import type { EmitContext } from './emit-context.ts';
import { renderEnvelopePage } from './envelope-page.ts';
import { buildEventData, renderEventData } from './event-data.ts';
import { renderEventPage } from './event-page.ts';
import { renderGroupPage } from './group-page.ts';
import { renderHomePage } from './home-page.ts';
import type { Guide } from './read-guides.ts';
import { renderRetriesPage } from './retries-page.ts';
import { stableJson } from './stable-json.ts';
import { renderSubscribingPage } from './subscribing-page.ts';

/** Renders every generated file; keys are POSIX paths relative to the output directory. */
export function planOutput(ctx: EmitContext, guides: Guide[]): Map<string, string> {
  const plan = new Map<string, string>();
  const siteUrl = ctx.config.site.url;
  for (const event of ctx.events) {
    // The page and its data file come from one flattening of the payload.
    const data = buildEventData(event, ctx);
    plan.set(`${OUTPUT_PATHS.eventsDir}/${event.name}.mdx`, renderEventPage(event, ctx, data));
    plan.set(`${OUTPUT_PATHS.eventDataDir}/${event.name}.json`, renderEventData(data));
    const schema = ctx.deliverySchemas.get(event.name);
    if (schema) plan.set(`${OUTPUT_PATHS.schemasDir}/${event.name}.json`, stableJson(schemaFile(schema, `${event.name}.json`, siteUrl)));
  }
  plan.set(OUTPUT_PATHS.catalogPage, renderCatalogPage(ctx));
  for (const group of ctx.groups) plan.set(`${OUTPUT_PATHS.groupsDir}/${group.slug}.mdx`, renderGroupPage(group, ctx));
  plan.set(`${OUTPUT_PATHS.referenceDir}/envelope.mdx`, renderEnvelopePage(ctx));
  plan.set(`${OUTPUT_PATHS.referenceDir}/retries.mdx`, renderRetriesPage(ctx));
  plan.set(`${OUTPUT_PATHS.referenceDir}/subscribing.mdx`, renderSubscribingPage(ctx));
  plan.set(OUTPUT_PATHS.homePage, renderHomePage(ctx, guides));
  plan.set(OUTPUT_PATHS.sidebar, stableJsonKeepingOrder(buildSidebar(ctx, guides)));
  plan.set(`${OUTPUT_PATHS.schemasDir}/envelope.json`, stableJson(schemaFile({ title: 'Webhook envelope', ...envelopeSchemaOf(ctx.model.envelope) }, 'envelope.json', siteUrl)));
  plan.set(OUTPUT_PATHS.eventsIndex, stableJson(buildEventsIndex(ctx)));
  plan.set(OUTPUT_PATHS.asyncapi, renderAsyncApi(ctx));
  plan.set(OUTPUT_PATHS.llms, buildLlmsTxt(ctx));
  return new Map([...plan.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The sidebar keeps its key order (label before link reads better); its content is already deterministic. */
function stableJsonKeepingOrder(value: Parameters<typeof stableJson>[0]): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
