/**
 * content/reference/subscribing.mdx: how to choose events, what a non-catalog name does,
 * and the deprecated aliases.
 */
import type { RootContent } from 'mdast';
import type { EmitContext } from './emit-context.ts';
import { eventLink } from './event-page.ts';
import { bulletList, code, codeBlock, heading, link, paragraph, root, table, type Inline } from './mdast-build.ts';
import { pageFrontmatter } from './page-frontmatter.ts';
import { oneLine } from './sanitize-text.ts';
import { serializeMdx } from './serialize-mdx.ts';

/** The MDX text of the subscribing page. */
export function renderSubscribingPage(ctx: EmitContext): string {
  const catalog = ctx.events.filter((e) => e.inCatalog && !e.deprecated);
  const examples = catalog.slice(0, 2).map((e) => e.name);
  const children: RootContent[] = [
    paragraph('When you register a webhook endpoint, list the events it should receive in ', code('events'), '. Use ', code('"*"'), ' to receive every event type:'),
    codeBlock('json', JSON.stringify({ url: 'https://example.com/webhooks', events: ['*'] }, null, 2), 'title="All events"'),
    paragraph('or name the events you need:'),
    codeBlock('json', JSON.stringify({ url: 'https://example.com/webhooks', events: examples.length ? examples : ['message.created'] }, null, 2), 'title="Selected events"'),
    heading(2, 'Valid names'),
    paragraph(
      'Every name in the ',
      link('/events/', 'event catalog'),
      ' can be subscribed to. Subscribing to a name that is not in the catalog returns ',
      code('422'),
      '. The list of names is also available as ',
      link('/events.json', code('events.json')),
      '.',
    ),
  ];
  const missing = ctx.events.filter((e) => !e.inCatalog);
  if (missing.length) {
    children.push(
      paragraph(
        'These events are dispatched by the code but missing from the catalog, so subscribing to them by name returns ',
        code('422'),
        '; only ',
        code('"*"'),
        ' subscriptions receive them:',
      ),
    );
    children.push(bulletList(missing.map((e): Inline[] => [eventLink(e.name, ctx)])));
  }
  const aliases = ctx.events.filter((e) => e.deprecated);
  if (aliases.length) {
    children.push(heading(2, 'Deprecated names'));
    children.push(paragraph('These names still work but are deprecated; subscribe to the replacement instead.'));
    children.push(
      table(
        ['Deprecated', 'Use instead', 'Note'],
        aliases.map((e) => [[eventLink(e.name, ctx)], e.deprecated?.replacement ? [eventLink(e.deprecated.replacement, ctx)] : ['—'], [oneLine(e.deprecated?.message ?? '') || '—']]),
      ),
    );
  }
  return serializeMdx(pageFrontmatter('reference', 'Subscribing', 'Choosing the webhook events an endpoint receives.', 'reference/subscribing'), root(children));
}
