/**
 * The site's collections: Starlight's `docs`, read from the generated top-level `content/` (not src/content/docs),
 * and `eventData`, the field rows and samples that event pages render through src/components.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { eventDataSchema, OUTPUT_PATHS, webhookFrontmatterSchema } from '../generator/site-contract.ts';

export const collections = {
  // NOTE: the glob loader drops dots from ids (`ev.n1` → `evn1`), so generated pages set `slug:` to keep `/events/<name>/`.
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: webhookFrontmatterSchema }),
  }),
  // What PayloadFields and SamplePayload render on event pages; keyed by the event name (dots kept).
  eventData: defineCollection({
    loader: glob({ base: `./${OUTPUT_PATHS.eventDataDir}`, pattern: '*.json', generateId: ({ data }) => String(data.name) }),
    schema: eventDataSchema,
  }),
};
