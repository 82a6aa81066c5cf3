/**
 * content/index.mdx: what the site is, the counts, and where to go next.
 */
import type { RootContent } from 'mdast';
import { groupUrl } from '../site-contract.ts';
import type { EmitContext } from './emit-context.ts';
import { bulletList, code, heading, link, paragraph, root, type Inline } from './mdast-build.ts';
import { isDocumented, pageFrontmatter } from './page-frontmatter.ts';
import type { Guide } from './read-guides.ts';
import { oneLine } from './sanitize-text.ts';
import { serializeMdx } from './serialize-mdx.ts';

/** The MDX text of the home page. */
export function renderHomePage(ctx: EmitContext, guides: Guide[]): string {
  const { events, groups, config } = ctx;
  const documented = events.filter(isDocumented).length;
  const missing = events.filter((e) => !e.inCatalog);
  const deprecated = events.filter((e) => e.deprecated).length;
  const children: RootContent[] = [];
  if (oneLine(config.site.description)) children.push(paragraph(oneLine(config.site.description)));
  children.push(
    paragraph(
      'This reference is generated from the platform’s source code: the event catalog ',
      code(config.catalog.export),
      ' and every call that dispatches a webhook, with the TypeScript type of its payload.',
    ),
  );
  const facts: Inline[][] = [
    [link('/events/', `${events.length} events`), ` in ${groups.length} groups`],
    [`${documented} of ${events.length} events have a description in the source (${percent(documented, events.length)})`],
  ];
  if (deprecated) facts.push([`${deprecated} deprecated alias${deprecated === 1 ? '' : 'es'} (see `, link('/reference/subscribing/', 'Subscribing'), ')']);
  if (missing.length) facts.push([`${missing.length} event${missing.length === 1 ? '' : 's'} dispatched by the code but missing from the catalog: `, ...missing.flatMap((e, i) => (i ? [', ', link(`/events/${e.name}/`, code(e.name))] : [link(`/events/${e.name}/`, code(e.name))]))]);
  children.push(bulletList(facts));

  children.push(heading(2, 'Groups'));
  children.push(bulletList(groups.map((g) => [link(groupUrl(g.group.name), g.group.name), ` (${g.events.length})`])));

  children.push(heading(2, 'Reference'));
  children.push(
    bulletList([
      [link('/reference/envelope/', 'Envelope'), ': the fields every delivery shares, and the pointer envelope for large payloads'],
      [link('/reference/retries/', 'Retries'), ': the retry schedule'],
      [link('/reference/subscribing/', 'Subscribing'), ': choosing events, deprecated names'],
    ]),
  );
  if (guides.length) {
    children.push(heading(2, 'Guides'));
    children.push(bulletList(guides.map((g) => [link(g.url, g.title)])));
  }
  children.push(heading(2, 'Machine-readable'));
  children.push(
    bulletList([
      [link('/events.json', code('events.json')), ': every event with its group, summary, deprecation and URLs'],
      [link('/asyncapi.json', code('asyncapi.json')), ': an AsyncAPI 3.0 document of all events'],
      [code('schemas/<event>.json'), ': a JSON Schema (2020-12) per event, e.g. ', ...(events[0] ? [link(`/schemas/${events[0].name}.json`, code(`schemas/${events[0].name}.json`))] : []), ', and ', link('/schemas/envelope.json', code('schemas/envelope.json'))],
      [link('/llms.txt', code('llms.txt')), ': a plain-text index for tools and language models'],
    ]),
  );
  return serializeMdx(pageFrontmatter('home', config.site.title, config.site.description || `Webhook events of ${config.site.title}.`, '', false), root(children));
}

function percent(n: number, total: number): string {
  return total ? `${Math.round((n / total) * 100)}%` : '0%';
}
