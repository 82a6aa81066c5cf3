/**
 * Issue 4, the per-event page: built from the small fixture model, parsed back with
 * remark + remark-mdx + GFM, and checked section by section; one page is snapshotted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import yaml from 'js-yaml';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildEmitContext, type EmitContext } from '../../../generator/emit/emit-context.ts';
import { buildEventData, renderEventData } from '../../../generator/emit/event-data.ts';
import { renderEventPage } from '../../../generator/emit/event-page.ts';
import { validateEventNames } from '../../../generator/emit/validate-event-names.ts';
import type { Diagnostic, Model } from '../../../generator/model.ts';
import { eventDataSchema, GENERATED_MARKER, webhookFrontmatterSchema } from '../../../generator/site-contract.ts';
import { makeConfig, makeModel } from './model-fixture.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wd-event-page-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function contextOf(model: Model, sourceUrl?: string | null): { ctx: EmitContext; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const ctx = buildEmitContext(model, makeConfig(tmp, sourceUrl === undefined ? {} : { sourceUrl }), validateEventNames(model.events).accepted, diagnostics);
  return { ctx, diagnostics };
}

const { ctx, diagnostics } = contextOf(makeModel());
const eventOf = (name: string, c: EmitContext = ctx) => {
  const event = c.byName.get(name);
  if (!event) throw new Error(`no event ${name} in the fixture`);
  return event;
};
const page = (name: string): string => renderEventPage(eventOf(name), ctx);

interface Parsed {
  frontmatter: Record<string, unknown>;
  tree: Root;
}
function parse(mdx: string): Parsed {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match?.[1]) throw new Error('page has no frontmatter');
  const frontmatter = yaml.load(match[1]) as Record<string, unknown>;
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx.slice(match[0].length)) as Root;
  return { frontmatter, tree };
}
function* walk(node: Root | RootContent): Generator<RootContent> {
  if (node.type !== 'root') yield node;
  if ('children' in node) for (const child of node.children as RootContent[]) yield* walk(child);
}
/** Visible text of a node (text, inline code, badge text and aside titles). */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'mdxJsxTextElement' && node.name === 'Badge') {
    const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'text');
    return typeof attr?.value === 'string' ? `[${attr.value}]` : '';
  }
  if (node.type === 'mdxJsxFlowElement' && node.name === 'Aside') {
    const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title');
    return `${typeof attr?.value === 'string' ? attr.value : ''}\n${node.children.map(textOf).join('\n')}`;
  }
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}
/** The nodes after the h2 `title`, up to the next h2. */
function section(tree: Root, title: string): RootContent[] {
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && textOf(n) === title);
  if (start < 0) return [];
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((n) => n.type === 'heading' && n.depth === 2);
  return end < 0 ? rest : rest.slice(0, end);
}
const sectionText = (tree: Root, title: string): string => section(tree, title).map(textOf).join('\n');
const links = (nodes: RootContent[]): string[] => nodes.flatMap((n) => [...walk(n)]).flatMap((n) => (n.type === 'link' ? [n.url] : []));
/** The site components a section hands its data to, with their `event` attribute. */
function components(nodes: RootContent[]): string[] {
  return nodes.flatMap((n) => [...walk(n)]).flatMap((n) => {
    if (n.type !== 'mdxJsxFlowElement' || !n.name || !/^[A-Z]/.test(n.name) || n.name === 'Aside') return [];
    const attr = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'event');
    return [`${n.name} ${attr?.type === 'mdxJsxAttribute' ? String(attr.value) : ''}`];
  });
}

describe('event page (issue 4)', () => {
  it('builds the fixture without diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  it('matches the snapshot of message.delivered', async () => {
    const mdx = page('message.delivered');
    expect(mdx).toMatchSnapshot();
    // The snapshot is valid MDX: it compiles.
    await expect(compile(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''))).resolves.toBeDefined();
  });

  it('has the event name as title, the summary as description, the marker and the webhook block', () => {
    const mdx = page('message.delivered');
    expect(mdx.split('\n')[1]).toBe(`# ${GENERATED_MARKER}`);
    const { frontmatter } = parse(mdx);
    expect(frontmatter.title).toBe('message.delivered');
    expect(frontmatter.description).toBe('Fires when the carrier confirms delivery of an outbound message.');
    expect(webhookFrontmatterSchema.parse(frontmatter).webhook).toEqual({
      kind: 'event',
      name: 'message.delivered',
      group: 'Message',
      inCatalog: true,
      deprecated: null,
      documented: true,
    });
  });

  it('shows the full description, the since badge and the group link', () => {
    const { tree } = parse(page('message.delivered'));
    const intro = tree.children.slice(0, tree.children.findIndex((n) => n.type === 'heading')).map(textOf).join('\n');
    expect(intro).toContain('[Since 2024-01]');
    expect(intro).toContain('Group: Message');
    expect(intro).toContain('Fires when the carrier confirms delivery of an outbound message.');
    expect(intro).toContain("Carriers report delivery late sometimes; `delivered_at` is the carrier's time.");
    expect(links(tree.children.slice(0, 4))).toContain('/groups/message/');
  });

  it('shows a deprecated badge with a link to the replacement', () => {
    const { tree, frontmatter } = parse(page('credits.purchased'));
    const text = tree.children.map(textOf).join('\n');
    // The badge itself is the site's (PageTitle reads frontmatter.webhook.deprecated); the page carries the notice.
    expect(page('credits.purchased')).toContain('<Aside type="caution" title="Deprecated">');
    expect(text).toContain('Use balance.topped_up instead');
    expect(text).toContain('Use BALANCE_TOPPED_UP');
    expect(text).not.toMatch(/instead Deprecated/);
    expect(links(tree.children)).toContain('/events/balance.topped_up/');
    expect((frontmatter.webhook as { deprecated: unknown }).deprecated).toEqual({ replacement: 'balance.topped_up' });
  });

  it('hands the fields to PayloadFields: anchors, type, required, nullable, description; nested objects as dotted paths', () => {
    expect(components(section(parse(page('message.delivered')).tree, 'Payload'))).toEqual(['PayloadFields message.delivered']);
    expect(page('message.delivered')).toContain("import PayloadFields from '../../src/components/PayloadFields.astro';");
    const fields = buildEventData(eventOf('message.delivered'), ctx).fields;
    expect(fields.map((f) => f.path)).toEqual([
      'message_id',
      'to',
      'channel',
      'delivered_at',
      'segments',
      'error',
      'error.code',
      'error.detail',
      'carrier',
      'carrier.name',
      'carrier.mcc_mnc',
      'tags',
      'parts',
      'parts[].index',
      'parts[].status',
    ]);
    const byPath = new Map(fields.map((f) => [f.path, f]));
    expect(byPath.get('channel')).toEqual({
      path: 'channel',
      anchor: 'field-channel',
      type: '"sms" | "mms" | "whatsapp"',
      required: true,
      nullable: false,
      deprecated: false,
      description: 'Channel the message went out on.',
      oneOf: [],
      defaultValue: null,
      example: null,
    });
    expect(byPath.get('delivered_at')?.type).toBe('string (date-time)');
    expect(byPath.get('error')).toMatchObject({ required: true, nullable: true, description: 'Set when the carrier reported a soft error.' });
    // The Nullable column says it: the type does not repeat `| null`.
    expect(byPath.get('carrier.mcc_mnc')).toMatchObject({ type: 'string', required: false, nullable: true });
    expect(byPath.get('carrier.name')).toMatchObject({ anchor: 'field-carrier.name', required: true, nullable: false });
    expect(byPath.get('segments')?.required).toBe(false);
    const verification = new Map(buildEventData(eventOf('verification.failed'), ctx).fields.map((f) => [f.path, f]));
    expect(verification.get('reason')?.type).toBe('"expired" | "max_attempts" | "sim_swap_detected"');
  });

  it('writes the data file with the marker, sorted keys and the shape the site reads', () => {
    const text = renderEventData(buildEventData(eventOf('message.delivered'), ctx));
    expect(text.split('\n')[1]).toBe(`  "$comment": "${GENERATED_MARKER}",`);
    const parsed = eventDataSchema.extend({ $comment: z.literal(GENERATED_MARKER) }).strict().parse(JSON.parse(text));
    expect(parsed.name).toBe('message.delivered');
    expect(parsed.fields).toEqual(buildEventData(eventOf('message.delivered'), ctx).fields);
  });

  it('lists long enums in the description and shows defaults and examples', () => {
    const statuses = ['queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'read'];
    const payload = {
      type: 'object',
      properties: {
        status: { type: 'string', enum: statuses },
        priority: { type: 'string', default: 'normal', examples: ['high'] },
      },
      required: ['status'],
    };
    const model = makeModel();
    model.events.push({ ...model.events[0]!, name: 'message.status', constant: null, since: null, tags: [], payloadSchema: payload, dispatchSites: [] });
    const { ctx: c } = contextOf(model);
    const fields = new Map(buildEventData(eventOf('message.status', c), c).fields.map((f) => [f.path, f]));
    expect(fields.get('status')).toMatchObject({ type: 'string (enum)', oneOf: statuses.map((s) => `"${s}"`) });
    expect(fields.get('priority')).toMatchObject({ defaultValue: '"normal"', example: '"high"', oneOf: [] });
  });

  it('leaves out a payload comment that only names events (a label for source readers)', () => {
    const model = makeModel();
    const event = model.events.find((e) => e.name === 'message.delivered')!;
    const label = { ...event.payloadSchema!, description: 'message.delivered / message.read, whatsapp.template.*' };
    event.payloadSchema = label;
    const { ctx: c } = contextOf(model);
    expect(sectionText(parse(renderEventPage(c.byName.get('message.delivered')!, c)).tree, 'Payload')).not.toContain('message.read');
    event.payloadSchema = { ...label, description: 'message.delivered / message.read share this shape.' };
    const { ctx: d } = contextOf(model);
    expect(sectionText(parse(renderEventPage(d.byName.get('message.delivered')!, d)).tree, 'Payload')).toContain('message.delivered / message.read share this shape.');
  });

  it('hands a sample payload inside the full envelope to SamplePayload', () => {
    const { tree } = parse(page('verification.failed'));
    expect(components(section(tree, 'Sample payload'))).toEqual(['SamplePayload verification.failed']);
    const text = buildEventData(eventOf('verification.failed'), ctx).sample;
    const sample = JSON.parse(text ?? 'null') as Record<string, unknown>;
    // Pretty-printed in delivery order (the data file sorts its own keys, never the sample's).
    expect(text).toBe(JSON.stringify(sample, null, 2));
    expect(Object.keys(sample)).toEqual(['id', 'type', 'created_at', 'data']);
    expect(sample.type).toBe('verification.failed');
    expect(sample.id).toMatch(/^evt_[0-9A-Z]+$/);
    expect(sample.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // From the @example of the payload type.
    expect(sample.data).toEqual({ verification_id: 'ver_123', to: '+14155550100', reason: 'sim_swap_detected', last_swap_date: '2026-05-29T08:00:00Z' });
    expect(sectionText(tree, 'Sample payload')).toContain('the example given in the source');
    expect(links(section(tree, 'Sample payload'))).toContain('/schemas/verification.failed.json');
  });

  it('gives the retry schedule and the event-specific ordering/idempotency notes', () => {
    const ended = sectionText(parse(page('conference.ended')).tree, 'Delivery and retries');
    expect(ended).toContain('1 min → 5 min → 15 min → 1 h → 6 h');
    expect(ended).toContain('Always the LAST event for a conference id.');
    const delivered = sectionText(parse(page('message.delivered')).tree, 'Delivery and retries');
    expect(delivered).toContain('Use the envelope id to deduplicate.');
    // The pointer envelope keeps this event's identifier fields.
    expect(delivered).toContain('256 KB');
    expect(delivered).toContain('message_id, channel');
  });

  it('links each dispatch site (and wrapper) through the source-link template', () => {
    const nodes = section(parse(page('conference.ended')).tree, 'Dispatched from');
    expect(links(nodes)).toEqual([
      'https://github.com/orbit/orbit/blob/main/apps/api/src/voice/conference.ts#L88',
      'https://github.com/orbit/orbit/blob/main/apps/api/src/voice/notify.ts#L7',
      'https://github.com/orbit/orbit/blob/main/packages/shared/src/constants.ts#L40',
    ]);
    expect(nodes.map(textOf).join('\n')).toContain('dispatchTenantWebhook, via notifyConference');
    // Without a template, file:line is plain code.
    const { ctx: plain } = contextOf(makeModel(), null);
    const text = renderEventPage(plain.byName.get('conference.ended')!, plain);
    expect(links(section(parse(text).tree, 'Dispatched from'))).toEqual([]);
    expect(text).toContain('`apps/api/src/voice/conference.ts:88`');
  });

  it('relates events of the same group, the same payload shape and deprecated aliases', () => {
    const related = (name: string) => links(section(parse(page(name)).tree, 'Related events'));
    expect(related('balance.topped_up')).toContain('/events/credits.purchased/');
    expect(sectionText(parse(page('balance.topped_up')).tree, 'Related events')).toContain('Deprecated aliases');
    expect(related('credits.purchased')[0]).toBe('/events/balance.topped_up/');
    expect(related('message.delivered')).toContain('/events/message.failed/');
    expect(sectionText(parse(page('message.delivered')).tree, 'Related events')).toContain('Same payload shape');
    expect(related('conference.ended')).toContain('/events/call.early_media/');
  });

  it('marks an undocumented event honestly, never with a placeholder sentence', () => {
    const mdx = page('message.failed');
    const { tree, frontmatter } = parse(mdx);
    const text = tree.children.map(textOf).join('\n');
    expect(text).toContain('No description in source yet');
    expect(text).toContain('The source has no JSDoc comment for this event.');
    expect(mdx).not.toMatch(/Platform-defined webhook event|See source comment/);
    expect((frontmatter.webhook as { documented: boolean }).documented).toBe(false);
    expect(frontmatter.description).toContain('No description in source yet.');
  });

  it('shows the payload type’s own JSDoc as text (call.early_media), with the drift warning', () => {
    const mdx = page('call.early_media');
    const { tree } = parse(mdx);
    const payload = sectionText(tree, 'Payload');
    expect(payload).toContain('The carrier started streaming pre-answer audio: it drives the <audio> element of the softphone on {call_id}.');
    const elements = [...walk(tree)].flatMap((n) => (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement' ? [n.name] : []));
    expect(new Set(elements)).toEqual(new Set(['Aside', 'Badge', 'PayloadFields', 'SamplePayload']));
    expect([...walk(tree)].some((n) => n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression')).toBe(false);
    const text = tree.children.map(textOf).join('\n');
    expect(text).toContain('[Not in catalog]');
    expect(text).toContain('Subscribing to it by name returns 422');
    expect(text).toContain('No description in source yet');
  });
});
