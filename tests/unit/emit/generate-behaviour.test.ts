/**
 * Issue 4, generation behaviour on the small fixture model: re-runs are byte-identical,
 * pages of removed events are deleted, hand-written files are never overwritten or deleted,
 * `check` lists stale files without writing, and an invalid sample is an error naming the
 * event and the field.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emit } from '../../../generator/emit/index.ts';
import { EMIT_CODES } from '../../../generator/emit/emit-codes.ts';
import type { ResolvedConfig } from '../../../generator/config.ts';
import type { JsonSchema } from '../../../generator/model.ts';
import { GENERATED_MARKER } from '../../../generator/site-contract.ts';
import { makeConfig, makeEvent, makeModel } from './model-fixture.ts';

let out = '';
let config: ResolvedConfig;
beforeEach(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'wd-generate-'));
  config = makeConfig(out);
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (rel: string): void => {
    for (const name of readdirSync(path.join(out, rel))) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(out, child)).isDirectory()) visit(child);
      else files.set(child, readFileSync(path.join(out, child), 'utf8'));
    }
  };
  visit('');
  return files;
}
const put = (rel: string, text: string): void => {
  mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
  writeFileSync(path.join(out, rel), text);
};
const HAND_WRITTEN = '---\ntitle: My notes\n---\n\nWritten by a person.\n';

describe('generate behaviour (issue 4)', () => {
  it('writes the expected files, then re-runs byte-identically without writing', async () => {
    const first = await emit(makeModel(), config, { check: false });
    expect(first.diagnostics).toEqual([]);
    expect(first.written).toEqual(expect.arrayContaining([
      'content/events/message.delivered.mdx',
      'content/events/call.early_media.mdx',
      'content/events/index.mdx',
      'content/groups/voice.mdx',
      'content/reference/envelope.mdx',
      'content/reference/retries.mdx',
      'content/reference/subscribing.mdx',
      'content/index.mdx',
      'content/sidebar.json',
      'public/schemas/message.delivered.json',
      'public/schemas/envelope.json',
      'public/events.json',
      'public/asyncapi.json',
      'public/llms.txt',
    ]));
    expect([...first.written].sort()).toEqual(first.written);
    const before = snapshot();
    for (const [file, text] of before) expect(text.slice(0, 300), file).toContain(GENERATED_MARKER);
    // No absolute paths leak into the output.
    for (const [file, text] of before) expect(text.includes(out), file).toBe(false);

    const second = await emit(makeModel(), config, { check: false });
    expect(second).toMatchObject({ written: [], deleted: [], stale: [], unchanged: first.written.length });
    expect(snapshot()).toEqual(before);
    // A fresh directory gets the very same bytes.
    const other = mkdtempSync(path.join(os.tmpdir(), 'wd-generate-b-'));
    try {
      await emit(makeModel(), makeConfig(other), { check: false });
      for (const [file, text] of before) expect(readFileSync(path.join(other, file), 'utf8'), file).toBe(text);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('deletes the generated pages of removed events and keeps hand-written files', async () => {
    await emit(makeModel([makeEvent({ name: 'message.retired' })]), config, { check: false });
    expect(existsSync(path.join(out, 'content/events/message.retired.mdx'))).toBe(true);
    put('content/events/my-notes.mdx', HAND_WRITTEN);
    put('content/guides/getting-started.mdx', HAND_WRITTEN);
    put('content/reference/faq.mdx', HAND_WRITTEN);

    const result = await emit(makeModel(), config, { check: false });
    expect(result.diagnostics).toEqual([]);
    expect(result.deleted).toEqual(['content/event-data/message.retired.json', 'content/events/message.retired.mdx', 'public/schemas/message.retired.json']);
    expect(existsSync(path.join(out, 'content/events/message.retired.mdx'))).toBe(false);
    for (const f of ['content/events/my-notes.mdx', 'content/guides/getting-started.mdx', 'content/reference/faq.mdx']) {
      expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(HAND_WRITTEN);
    }
  });

  it('never overwrites a hand-written file at a generated path: an error, and nothing is written', async () => {
    await emit(makeModel(), config, { check: false });
    put('content/events/message.failed.mdx', HAND_WRITTEN);
    const before = snapshot();
    const model = makeModel();
    model.events[0]!.description = 'Changed description.';
    const result = await emit(model, config, { check: false });
    expect(result.diagnostics.map((d) => d.code)).toContain(EMIT_CODES.handWrittenClash);
    expect(result.diagnostics.find((d) => d.code === EMIT_CODES.handWrittenClash)?.message).toContain('content/events/message.failed.mdx');
    expect(result.written).toEqual([]);
    expect(snapshot()).toEqual(before);
  });

  it('check mode lists stale files (changed, missing, removed) and writes nothing', async () => {
    await emit(makeModel([makeEvent({ name: 'message.retired' })]), config, { check: false });
    rmSync(path.join(out, 'public/llms.txt'));
    const before = snapshot();
    const model = makeModel();
    model.events[0]!.description = 'Changed description.';
    const result = await emit(model, config, { check: true });
    expect(result.written).toEqual([]);
    expect(result.deleted).toEqual([]);
    expect(result.stale).toEqual([
      'content/event-data/message.retired.json',
      'content/events/index.mdx',
      'content/events/message.delivered.mdx',
      // Its related events listed message.retired.
      'content/events/message.failed.mdx',
      'content/events/message.retired.mdx',
      'content/groups/message.mdx',
      'content/index.mdx',
      'content/sidebar.json',
      'public/asyncapi.json',
      'public/events.json',
      'public/llms.txt',
      'public/schemas/message.retired.json',
    ]);
    expect(snapshot()).toEqual(before);
    // Once generated, nothing is stale.
    await emit(model, config, { check: false });
    expect((await emit(model, config, { check: true })).stale).toEqual([]);
  });

  it('reports an @example that does not match its schema as an error naming the event and the field', async () => {
    const payload: JsonSchema = {
      type: 'object',
      properties: { order_id: { type: 'string' }, total: { type: 'integer' } },
      required: ['order_id', 'total'],
      examples: [{ order_id: 'ord_1', total: 'twelve' }],
    };
    const bad = makeEvent({ name: 'order.paid', group: 'Billing', payloadSchema: payload, catalogSource: { file: 'packages/shared/src/constants.ts', line: 99 } });
    const result = await emit(makeModel([bad]), config, { check: false });
    const problem = result.diagnostics.find((d) => d.code === EMIT_CODES.invalidSample);
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toContain('order.paid');
    expect(problem?.message).toContain('data.total');
    expect(problem?.location).toEqual({ file: 'packages/shared/src/constants.ts', line: 99 });
    expect(problem?.hint).toContain('@example');
  });

  it('synthesizes the same sample on every run, valid for the schema', async () => {
    const { renderEventPage } = await import('../../../generator/emit/event-page.ts');
    const { buildEmitContext } = await import('../../../generator/emit/emit-context.ts');
    const a = buildEmitContext(makeModel(), config, makeModel().events, []);
    const b = buildEmitContext(makeModel(), config, makeModel().events, []);
    for (const e of a.events) {
      expect(a.samples.get(e.name), e.name).toEqual(b.samples.get(e.name));
      expect(renderEventPage(e, a)).toBe(renderEventPage(e, b));
    }
    const data = (a.samples.get('message.delivered')?.delivery as { data: Record<string, unknown> }).data;
    expect(data.to).toBe('+14155550123');
    expect(data.channel).toBe('sms');
    expect(data.delivered_at).toBe('2026-05-30T12:00:00Z');
    expect(data.message_id).toMatch(/^msg_[0-9A-Z]{26}$/);
  });
});
