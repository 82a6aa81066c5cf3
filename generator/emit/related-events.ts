/**
 * Related events of one event: its replacement, its deprecated aliases, events with the
 * same payload shape, and its nearest neighbours in the group (never the whole catalog).
 */
import type { WebhookEvent } from '../model.ts';
import type { EmitContext } from './emit-context.ts';

/** At most this many events per related list. */
export const MAX_RELATED = 8;

/** The related events of `event`, each list without duplicates of earlier lists. */
export function relatedEvents(event: WebhookEvent, ctx: EmitContext) {
  const taken = new Set([event.name]);
  const take = (list: WebhookEvent[]): WebhookEvent[] => {
    const out = list.filter((e) => !taken.has(e.name)).slice(0, MAX_RELATED);
    for (const e of out) taken.add(e.name);
    return out;
  };
  const replacementName = event.deprecated?.replacement;
  const replacementEvent = replacementName ? ctx.byName.get(replacementName) : undefined;
  const replacement = replacementEvent ? (take([replacementEvent])[0] ?? null) : null;
  const aliases = take(ctx.aliasesOf.get(event.name) ?? []);
  const sameShape = take(ctx.sameShape.get(event.name) ?? []);
  const group = ctx.groupOf.get(event.name);
  const here = ctx.order.get(event.name) ?? 0;
  // Nearest neighbours in catalog order: events declared next to each other are usually related.
  const neighbours = (group?.events ?? [])
    .filter((e) => !taken.has(e.name))
    .map((e) => ({ e, d: Math.abs((ctx.order.get(e.name) ?? 0) - here) }))
    .sort((a, b) => a.d - b.d || (ctx.order.get(a.e.name) ?? 0) - (ctx.order.get(b.e.name) ?? 0))
    .slice(0, MAX_RELATED)
    .map((x) => x.e)
    .sort((a, b) => (ctx.order.get(a.name) ?? 0) - (ctx.order.get(b.name) ?? 0));
  const sameGroup = take(neighbours);
  return { replacement, aliases, sameShape, sameGroup, groupName: group?.group.name ?? event.group };
}
