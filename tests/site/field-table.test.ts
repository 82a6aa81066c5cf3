/**
 * The payload field table as the site renders it (src/components/FieldTable.astro through Astro's container
 * API), fed by the emitter's own event data: rows, anchors, labels and roles, the description sentences, and
 * hostile JSDoc that must come out as the same text with no element of its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmitContext } from '../../generator/emit/emit-context.ts';
import { buildEventData } from '../../generator/emit/event-data.ts';
import { oneLine } from '../../generator/emit/sanitize-text.ts';
import type { Diagnostic, JsonSchema, Model } from '../../generator/model.ts';
import type { EventField } from '../../generator/site-contract.ts';
import FieldTable from '../../src/components/FieldTable.astro';
import { makeConfig, makeModel } from '../unit/emit/model-fixture.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wd-field-table-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

function fieldsOf(model: Model, name: string): EventField[] {
  const diagnostics: Diagnostic[] = [];
  const ctx = buildEmitContext(model, makeConfig(tmp), model.events, diagnostics);
  const event = ctx.byName.get(name);
  if (!event) throw new Error(`no event ${name} in the fixture`);
  return buildEventData(event, ctx).fields;
}
/** The HTML, without the source annotations Astro adds in dev mode (which is how Vitest runs it). */
const render = async (fields: EventField[]): Promise<string> =>
  (await container.renderToString(FieldTable, { props: { fields } })).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');

/**
 * Astro escapes `<` and `"` in text and `"` in attribute values, so once the (quoted) attribute values are
 * set aside, every `<` left opens a real element: these are all of them.
 */
const tagNames = (html: string): string[] => [...html.replace(/"[^"]*"/g, '""').matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
const OWN_TAGS = new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'code', 'wbr', 'strong']);
const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
/** The visible text of each body cell, by row. */
function cells(html: string): string[][] {
  const body = html.slice(html.indexOf('<tbody')).replace(/"[^"]*"/g, '""');
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => unescape(cell[1]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim()),
  );
}

describe('FieldTable (the payload fields of an event page)', () => {
  it('renders one row per field, in order, with anchor, type, required, nullable and description', async () => {
    const html = await render(fieldsOf(makeModel(), 'message.delivered'));
    const rows = cells(html);
    expect(rows.map((r) => r[0])).toEqual(['message_id', 'to', 'channel', 'delivered_at', 'segments', 'error', 'error.code', 'error.detail', 'carrier', 'carrier.name', 'carrier.mcc_mnc', 'tags', 'parts', 'parts[].index', 'parts[].status']);
    const byPath = new Map(rows.map((r) => [r[0], r]));
    expect(byPath.get('channel')).toEqual(['channel', '"sms" | "mms" | "whatsapp"', 'yes', 'no', 'Channel the message went out on.']);
    expect(byPath.get('carrier.mcc_mnc')?.slice(1, 4)).toEqual(['string', 'no', 'yes']);
    expect(byPath.get('error')?.slice(2, 5)).toEqual(['yes', 'yes', 'Set when the carrier reported a soft error.']);
    // Per-field anchors keep the dotted path; the path may wrap after each dot.
    expect(html).toContain('<a id="field-carrier.name" href="#field-carrier.name" class="field-anchor"><code dir="auto">carrier.<wbr>name</code></a>');
    // Labels and roles for the list layout; a missing description is marked empty.
    expect(html.match(/<td role="cell" data-label="Type">/g)).toHaveLength(rows.length);
    expect(html).toMatch(/<table role="table">[\s\S]*<th role="columnheader">Description<\/th>/);
    expect(html).toMatch(/data-label="Description" data-empty>—<\/td>/);
  });

  it('says deprecated, lists long enums, defaults and examples as code', async () => {
    const statuses = ['queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'read'];
    const model = makeModel();
    const event = model.events.find((e) => e.name === 'message.delivered')!;
    event.payloadSchema = {
      type: 'object',
      properties: {
        status: { type: 'string', enum: statuses },
        priority: { type: 'string', default: 'normal', examples: ['high'], deprecated: true, description: 'Use `urgency`.' },
      },
      required: ['status'],
    };
    const html = await render(fieldsOf(model, 'message.delivered'));
    const byPath = new Map(cells(html).map((r) => [r[0], r]));
    expect(byPath.get('status')?.[1]).toBe('string (enum)');
    expect(byPath.get('status')?.[4]).toBe(`One of: ${statuses.map((s) => `"${s}"`).join(', ')}.`);
    expect(byPath.get('priority')?.[4]).toBe('Deprecated. Use `urgency`. Default: "normal". Example: "high".');
    expect(html).toContain('<strong>Deprecated.</strong>');
    expect(html).toContain('Default: <code dir="auto">&quot;normal&quot;</code>.');
  });

  const hostile = fc
    .array(fc.oneof(fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{x}', '`', '*/', '&amp;', '"', "'", '|', '<Badge />', '\u2028'), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(''));

  it('shows hostile JSDoc, field names and enum values as the same text, with no element of their own', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (s) => {
        const model = makeModel();
        const event = model.events.find((e) => e.name === 'message.delivered')!;
        const payload: JsonSchema = { type: 'object', properties: { [s]: { type: 'string', description: s, enum: [s, 'a', 'b', 'c', 'd', 'e', 'f'], examples: [s] } }, required: [s] };
        event.payloadSchema = payload;
        const html = await render(fieldsOf(model, 'message.delivered'));
        for (const tag of tagNames(html)) expect(OWN_TAGS, `<${tag}> in ${html}`).toContain(tag);
        const [row] = cells(html);
        expect(row?.[0]).toBe(oneLine(s));
        expect(row?.[4]).toContain(oneLine(s));
      }),
      { numRuns: 60, seed: 4242 },
    );
  });
});
