/**
 * content/reference/retries.mdx: the retry schedule as found in code.
 */
import type { RootContent } from 'mdast';
import type { EmitContext } from './emit-context.ts';
import { eventLink } from './event-page.ts';
import { formatDuration, formatRetrySchedule } from './format-retry-schedule.ts';
import { bulletList, code, heading, link, paragraph, root, strong, table, type Inline } from './mdast-build.ts';
import { pageFrontmatter } from './page-frontmatter.ts';
import { oneLine } from './sanitize-text.ts';
import { serializeMdx } from './serialize-mdx.ts';
import { sourceLink } from './source-link.ts';

const DELIVERY_TAG = /^(retr(y|ies)|idempoten(t|cy)|order(ing)?|delivery|dedup(e|lication)?)$/i;

/** The MDX text of the retries page. */
export function renderRetriesPage(ctx: EmitContext): string {
  const policy = ctx.model.retryPolicy;
  const children: RootContent[] = [];
  if (!policy) {
    children.push(paragraph('The retry policy was not found in the source (configure ', code('retryPolicy'), ' in the webhook-docs config).'));
  } else {
    const from: Inline[] = ['When a delivery fails, it is retried after each of these delays in turn: ', strong(formatRetrySchedule(policy)), '.'];
    const names = ctx.config.retryPolicy;
    if (policy.source) {
      from.push(' The schedule is read from ');
      if (names) from.push(code(names.delays), ' at ');
      from.push(sourceLink(ctx.config, policy.source.file, policy.source.line), '.');
    }
    children.push(paragraph(...from));
    children.push(heading(2, 'Schedule'));
    let total = 0;
    children.push(
      table(
        ['Retry', 'Delay', 'Time since the first attempt'],
        policy.delaysSeconds.map((d, i) => {
          total += d;
          return [[String(i + 1)], [formatDuration(d)], [formatDuration(total)]];
        }),
      ),
    );
    if (policy.maxAttempts !== null) {
      const max = policy.maxAttempts;
      const retries = policy.delaysSeconds.length;
      const constant: Inline[] = names?.maxAttempts ? [' (', code(names.maxAttempts), ')'] : [];
      // Codes disagree on whether the cap counts the first delivery; say only what is certain.
      const attempts: Inline[] =
        max === retries + 1
          ? [`Deliveries stop after ${max} attempts in total`, ...constant, `: the first delivery and ${retries} retries.`]
          : [`The code caps delivery attempts at ${max}`, ...constant, `; the schedule above lists ${retries} retr${retries === 1 ? 'y' : 'ies'}.`];
      children.push(paragraph(...attempts));
    }
  }
  const noted = ctx.events.filter((e) => e.tags.some((t) => DELIVERY_TAG.test(t.name)));
  if (noted.length) {
    children.push(heading(2, 'Event-specific notes'));
    children.push(
      bulletList(
        noted.map((e) => [
          eventLink(e.name, ctx),
          ': ',
          e.tags
            .filter((t) => DELIVERY_TAG.test(t.name))
            .map((t) => oneLine(t.text) || t.name)
            .join(' '),
        ]),
      ),
    );
  }
  children.push(heading(2, 'Large payloads'));
  children.push(paragraph('Payloads over the size limit are delivered as a pointer envelope; see ', link('/reference/envelope/', 'Envelope'), '.'));
  return serializeMdx(pageFrontmatter('reference', 'Retries', 'When and how often failed webhook deliveries are retried, as defined in code.', 'reference/retries'), root(children));
}
