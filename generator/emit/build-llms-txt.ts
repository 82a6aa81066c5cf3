/**
 * public/llms.txt: a plain-text index for tools and language models (llms.txt convention:
 * `# Title`, a `>` line, then link lists per section). The marker is the second line.
 */
import { eventUrl, GENERATED_MARKER, groupUrl } from '../site-contract.ts';
import type { EmitContext } from './emit-context.ts';
import { oneLine } from './sanitize-text.ts';

/** The text of llms.txt. */
export function buildLlmsTxt(ctx: EmitContext): string {
  const { config } = ctx;
  const url = (path: string) => (config.site.url ? `${config.site.url.replace(/\/+$/, '')}${path}` : path);
  // Link text and descriptions are user text: keep them on one line and without link syntax.
  const safe = (s: string) => oneLine(s).replace(/[[\]]/g, (c) => (c === '[' ? '(' : ')'));
  const lines = [`# ${safe(config.site.title)}`, `> ${GENERATED_MARKER}`, ''];
  if (oneLine(config.site.description)) lines.push(safe(config.site.description), '');
  lines.push(`${ctx.events.length} webhook events. Every delivery is a JSON envelope { id, type, created_at, data }; data is the event's payload.`, '');
  lines.push('## Reference', '');
  lines.push(`- [Event catalog](${url('/events/')}): every event, grouped`);
  lines.push(`- [Envelope](${url('/reference/envelope/')}): fields every delivery shares; pointer envelope for large payloads`);
  lines.push(`- [Retries](${url('/reference/retries/')}): retry schedule`);
  lines.push(`- [Subscribing](${url('/reference/subscribing/')}): choosing events; a name not in the catalog returns 422`);
  lines.push(`- [events.json](${url('/events.json')}): machine-readable index`);
  lines.push(`- [asyncapi.json](${url('/asyncapi.json')}): AsyncAPI 3.0 document`, '');
  for (const g of ctx.groups) {
    lines.push(`## ${safe(g.group.name)}`, '');
    lines.push(`- [${safe(g.group.name)} group](${url(groupUrl(g.group.name))}): ${g.events.length} events`);
    for (const e of g.events) {
      const notes: string[] = [];
      if (e.deprecated) notes.push(`deprecated${e.deprecated.replacement ? `, use ${e.deprecated.replacement}` : ''}`);
      if (!e.inCatalog) notes.push('not in the catalog');
      const summary = e.summary && oneLine(e.summary) ? safe(e.summary) : 'no description in source yet';
      lines.push(`- [${e.name}](${url(eventUrl(e.name))}): ${summary}${notes.length ? ` (${notes.join('; ')})` : ''}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
