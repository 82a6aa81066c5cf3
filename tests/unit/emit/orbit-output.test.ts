/**
 * Issue 4 against the real input: examples/orbit is extracted once and emitted into a temp
 * directory. Every sample validates (ajv, independently of the emitter), the AsyncAPI
 * document parses with zero errors, every page compiles as MDX, the catalog/envelope/
 * retries/subscribing pages and the public/ artifacts say what the issue asks, a re-run is
 * byte-identical, and `generate --check` reports stale files without writing.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import { compile } from '@mdx-js/mdx';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import remarkGfm from 'remark-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../generator/cli.ts';
import { loadConfig, type ResolvedConfig } from '../../../generator/config.ts';
import { buildEmitContext, type EmitContext } from '../../../generator/emit/emit-context.ts';
import { emit, type EmitResult } from '../../../generator/emit/index.ts';
import { validateEventNames } from '../../../generator/emit/validate-event-names.ts';
import { extract } from '../../../generator/extract/index.ts';
import type { Diagnostic, JsonSchema, Model } from '../../../generator/model.ts';
import { GENERATED_MARKER, type EventsIndexEntry } from '../../../generator/site-contract.ts';

// CommonJS default exports under Node ESM.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module) as typeof Ajv2020Module;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

const REPO = path.resolve(import.meta.dirname, '../../..');
let out = '';
let config: ResolvedConfig;
let model: Model;
let first: EmitResult;
let ctx: EmitContext;
const read = (rel: string): string => readFileSync(path.join(out, rel), 'utf8');

function listFiles(dir: string, rel = ''): string[] {
  const files: string[] = [];
  for (const name of readdirSync(path.join(dir, rel))) {
    const child = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, child)).isDirectory()) files.push(...listFiles(dir, child));
    else files.push(child);
  }
  return files.sort();
}
/** path → sha256 of every file below the output directory. */
function digest(): Map<string, string> {
  return new Map(listFiles(out).map((f) => [f, createHash('sha256').update(readFileSync(path.join(out, f))).digest('hex')]));
}

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'wd-orbit-'));
  const loaded = await loadConfig(path.join(REPO, 'webhook-docs.config.json'));
  config = { ...loaded, outputDir: out };
  model = extract(config);
  first = await emit(model, config, { check: false });
  const diagnostics: Diagnostic[] = [];
  ctx = buildEmitContext(model, config, validateEventNames(model.events).accepted, diagnostics);
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('emit of examples/orbit (issue 4)', () => {
  it('writes every page and artifact without errors', () => {
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.events.length).toBe(186);
    const files = listFiles(out);
    expect(files.filter((f) => /^content\/events\/.+\.mdx$/.test(f) && !f.endsWith('/index.mdx'))).toHaveLength(186);
    expect(files.filter((f) => /^public\/schemas\/.+\.json$/.test(f))).toHaveLength(187);
    expect(files.filter((f) => /^content\/event-data\/.+\.json$/.test(f))).toHaveLength(186);
    for (const f of files) expect(read(f).slice(0, 200), f).toContain(GENERATED_MARKER);
  });

  it('validates every Orbit sample against its published JSON Schema (ajv 2020-12)', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    expect(ctx.samples.size).toBe(186);
    const failures: string[] = [];
    let fromExample = 0;
    for (const event of ctx.events) {
      const schema = JSON.parse(read(`public/schemas/${event.name}.json`)) as JsonSchema;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const sample = ctx.samples.get(event.name);
      if (sample?.source === 'example') fromExample++;
      const validate = ajv.compile(schema);
      if (!validate(sample?.delivery)) failures.push(`${event.name}: ${ajv.errorsText(validate.errors)}`);
      // The page shows that same delivery (its SamplePayload renders the data file's sample).
      expect(read(`content/events/${event.name}.mdx`)).toContain(`<SamplePayload event="${event.name}" />`);
      expect(JSON.parse(read(`content/event-data/${event.name}.json`)).sample).toBe(JSON.stringify(sample?.delivery, null, 2));
    }
    expect(failures).toEqual([]);
    // Orbit documents @example on fields only: the synthesizer must use those values.
    expect(fromExample).toBe(0);
    expect((ctx.samples.get('credits.purchased')?.delivery as { data: Record<string, unknown> }).data.amount_cents).toBe(5000);
    const envelope = JSON.parse(read('public/schemas/envelope.json')) as JsonSchema;
    expect(Object.keys(envelope.properties as object)).toEqual(expect.arrayContaining(['id', 'type', 'created_at', 'data', 'truncated']));
  });

  it('synthesizes realistic values: ids, E.164 phones, ISO timestamps, enum members', () => {
    const data = (name: string) => (ctx.samples.get(name)?.delivery as { data: Record<string, unknown> }).data;
    const sent = data('message.sent');
    expect(sent.message_id).toMatch(/^msg_[0-9A-Z]{26}$/);
    expect(sent.to).toMatch(/^\+[1-9]\d{7,14}$/);
    const ended = data('conference.ended');
    expect(ended.ended_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(['moderator_ended', 'last_participant_left', 'max_duration_reached']).toContain(ended.ended_reason);
  });

  it('produces an AsyncAPI 3.0 document that @asyncapi/parser accepts with zero errors', async () => {
    const text = read('public/asyncapi.json');
    // The generated marker sits near the top (as `info.x-generated`: AsyncAPI allows no root `$comment`).
    expect(text.slice(0, 1000)).toContain(GENERATED_MARKER);
    const doc = JSON.parse(text) as { asyncapi: string; channels: Record<string, unknown>; operations: Record<string, unknown> };
    expect(doc.asyncapi).toMatch(/^3\.0\./);
    expect(Object.keys(doc.channels)).toHaveLength(186);
    const { document, diagnostics } = await new Parser().parse(text);
    const errors = diagnostics.filter((d) => d.severity === 0).map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document).toBeDefined();
  }, 120_000);

  it('compiles every generated MDX page', async () => {
    const pages = listFiles(out).filter((f) => f.endsWith('.mdx'));
    expect(pages.length).toBeGreaterThan(200);
    const broken: string[] = [];
    for (const page of pages) {
      const body = read(page).replace(/^---\n[\s\S]*?\n---\n/, '');
      await compile(body, { remarkPlugins: [remarkGfm] }).catch((err: Error) => broken.push(`${page}: ${err.message}`));
    }
    expect(broken).toEqual([]);
  }, 240_000);

  it('lists the catalog by section with counts and one-line summaries (185 + the drift), never a placeholder', () => {
    const catalog = read('content/events/index.mdx');
    expect(catalog).toContain('186 webhook events in 20 groups: 185 in the catalog, 1 dispatched by the code but missing from the catalog');
    expect(catalog).toContain('## Message');
    expect(catalog).toMatch(/8 events\. \[Message group page\]/);
    expect(catalog.match(/\]\(\/events\/[^)]+\/\)/g)?.length).toBeGreaterThanOrEqual(186);
    for (const text of listFiles(out).filter((f) => f.endsWith('.mdx')).map(read)) {
      expect(text).not.toMatch(/Platform-defined webhook event|See source comment in/);
      expect(text).not.toMatch(/instead Deprecated/);
    }
    // Summaries end at a sentence, never cut with an ellipsis.
    const index = JSON.parse(read('public/events.json')) as { events: EventsIndexEntry[] };
    for (const e of index.events) if (e.summary) expect(e.summary, e.name).not.toMatch(/…$/);
  });

  it('documents the envelope, retries and subscribing pages from the code', () => {
    const envelope = read('content/reference/envelope.mdx');
    for (const f of ['id', 'type', 'created_at', 'data', 'truncated']) expect(envelope).toContain(`id="field-${f}"`);
    expect(envelope).toContain('256 KB');
    expect(envelope).toContain('`_original_bytes`');
    const retries = read('content/reference/retries.mdx');
    expect(retries).toMatch(/\| 1 \| 1 min \| 1 min \|/);
    expect(retries).toMatch(/\| 5 \| 6 h \| 7 h 21 min \|/);
    expect(retries).toContain('[`conference.ended`](/events/conference.ended/): Always the LAST event for a conference id.');
    const subscribing = read('content/reference/subscribing.mdx');
    expect(subscribing).toMatch(/"events": \[\s*"\*"\s*\]/);
    expect(subscribing).toContain('returns `422`');
    expect(subscribing).toContain('[`call.early_media`](/events/call.early_media/)');
  });

  it('indexes every event in events.json and llms.txt', () => {
    const index = JSON.parse(read('public/events.json')) as { $comment: string; events: EventsIndexEntry[] };
    expect(index.$comment).toContain(GENERATED_MARKER);
    expect(index.events).toHaveLength(186);
    const byName = new Map(index.events.map((e) => [e.name, e]));
    expect(byName.get('credits.purchased')).toMatchObject({ group: 'Billing', deprecated: true, replacement: 'balance.topped_up', url: '/events/credits.purchased/', schemaUrl: '/schemas/credits.purchased.json' });
    expect(byName.get('call.early_media')).toMatchObject({ inCatalog: false, group: 'Voice' });
    const llms = read('public/llms.txt');
    expect(llms).toContain('(https://docs.orbit.example/events/conference.ended/)');
  });

  it('shows the issue’s per-event facts on the real pages', () => {
    const ended = read('content/events/conference.ended.mdx');
    expect(ended).toContain('Always the LAST event for a conference id.');
    expect(ended).toContain('https://github.com/orbit-platform/orbit/blob/main/apps/api/src/routes/voice/conferences.ts#L');
    const purchased = read('content/events/credits.purchased.mdx');
    expect(purchased).toContain('<Aside type="caution" title="Deprecated">');
    expect(purchased).toContain('Use [`balance.topped_up`](/events/balance.topped_up/) instead');
    const early = read('content/events/call.early_media.mdx');
    expect(early).toContain('\\<audio>');
    expect(early).toContain('<Badge text="Not in catalog" variant="danger" />');
  });

  it('re-runs byte-identically and writes nothing', async () => {
    const before = digest();
    const again = await emit(model, config, { check: false });
    expect(again.written).toEqual([]);
    expect(again.deleted).toEqual([]);
    expect(again.unchanged).toBe(first.written.length);
    expect(digest()).toEqual(before);
  });

  it('`generate --check` exits 1 listing stale files, and writes nothing', async () => {
    const cfgFile = path.join(out, 'webhook-docs.config.json');
    const raw = JSON.parse(readFileSync(path.join(REPO, 'webhook-docs.config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(cfgFile, JSON.stringify({ ...raw, root: path.join(REPO, 'examples/orbit'), outDir: '.' }));
    const edited = path.join(out, 'content/events/message.sent.mdx');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nedited by hand\n`);
    const orphan = path.join(out, 'content/events/removed.event.mdx');
    writeFileSync(orphan, `---\n# ${GENERATED_MARKER}\ntitle: "removed.event"\n---\n`);
    const before = digest();
    const err: string[] = [];
    const outLines: string[] = [];
    const code = await main(['generate', '--check', '--config', cfgFile], { out: (s) => void outLines.push(s), err: (s) => void err.push(s) });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('2 generated file(s) are stale:\n  content/events/message.sent.mdx\n  content/events/removed.event.mdx');
    expect(digest()).toEqual(before);
  }, 120_000);
});
