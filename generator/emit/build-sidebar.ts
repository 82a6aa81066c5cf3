/**
 * content/sidebar.json: the Starlight sidebar, in catalog order. It links groups, never
 * individual events (a sidebar with every event on every page is O(N²) output).
 */
import { GENERATED_MARKER, groupUrl } from '../site-contract.ts';
import type { JsonValue } from '../model.ts';
import type { EmitContext } from './emit-context.ts';
import type { Guide } from './read-guides.ts';

/**
 * Most groups the sidebar lists. Every page carries the sidebar, so above this the group list would make each
 * page grow with the platform (218 bytes a group; bench/RESULTS.md): the catalog page lists the groups instead.
 */
export const MAX_SIDEBAR_GROUPS = 40;

/** The sidebar file's JSON value. */
export function buildSidebar(ctx: EmitContext, guides: Guide[]): JsonValue {
  const sidebar: JsonValue[] = [
    { label: 'Overview', link: '/' },
    { label: 'Event catalog', link: '/events/', badge: { text: String(ctx.events.length), variant: 'note' } },
  ];
  if (ctx.groups.length <= MAX_SIDEBAR_GROUPS) {
    sidebar.push({
      label: 'Groups',
      collapsed: false,
      items: ctx.groups.map((g) => ({ label: g.group.name, link: groupUrl(g.group.name), badge: { text: String(g.events.length), variant: 'note' } })),
    });
  }
  sidebar.push(
    {
      label: 'Reference',
      items: [
        { label: 'Envelope', link: '/reference/envelope/' },
        { label: 'Retries', link: '/reference/retries/' },
        { label: 'Subscribing', link: '/reference/subscribing/' },
        { label: 'events.json', link: '/events.json', attrs: { 'data-machine-readable': 'true' } },
        { label: 'AsyncAPI 3.0', link: '/asyncapi.json', attrs: { 'data-machine-readable': 'true' } },
        { label: 'llms.txt', link: '/llms.txt', attrs: { 'data-machine-readable': 'true' } },
      ],
    },
  );
  if (guides.length) sidebar.push({ label: 'Guides', items: guides.map((g) => ({ label: g.title, link: g.url })) });
  return { $comment: GENERATED_MARKER, title: ctx.config.site.title, sidebar };
}
