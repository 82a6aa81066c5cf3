/** Starlight route middleware: a deprecated alias (or removed event) page names its replacement as the canonical page. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { eventUrl } from '../generator/site-contract.ts';

/** Points `<link rel="canonical">` of a deprecated event at its replacement, so search engines index the live event. */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const webhook = route.entry.data.webhook;
  const replacement = webhook?.kind === 'event' ? webhook.deprecated?.replacement : webhook?.kind === 'removed' ? webhook.replacement : null;
  if (!replacement) return;
  // Without a configured `site` Starlight emits no canonical link, and a relative one would be wrong.
  if (!context.site) return;
  const href = new URL(eventUrl(replacement).replace(/^\//, ''), new URL(import.meta.env.BASE_URL, context.site)).href;
  const canonical = route.head.find((tag) => tag.tag === 'link' && tag.attrs?.rel === 'canonical');
  if (canonical) canonical.attrs = { ...canonical.attrs, href };
  else route.head.push({ tag: 'link', attrs: { rel: 'canonical', href }, content: '' });
});
