/** Reads an event's data (content/event-data/<name>.json) for the components that render it. */
import { getEntry } from 'astro:content';
import type { EventData } from '../../generator/site-contract.ts';

/** The data of `event`; a missing file is a stale generate, reported with what to run. */
export async function eventData(event: string): Promise<EventData> {
  const entry = await getEntry('eventData', event);
  if (!entry) {
    throw new Error(`content/event-data/${event}.json is missing (the page content/events/${event}.mdx needs it): re-run \`webhook-docs generate\`.`);
  }
  return entry.data;
}
