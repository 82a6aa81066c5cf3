import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../generator/config.ts';
import { extract } from '../../../generator/extract/index.ts';
import type { JsonSchema, Model } from '../../../generator/model.ts';
import { eventNamed } from './extract-fixture.ts';

// The embedded default platform, extracted through the repository's own config.
let model: Model;
beforeAll(async () => {
  model = extract(await loadConfig(path.resolve('webhook-docs.config.json')));
});

const props = (schema: JsonSchema | null) => (schema?.properties ?? {}) as Record<string, JsonSchema>;

describe('examples/orbit', () => {
  it('has 186 events: the 185 of the catalog plus the deliberate drift call.early_media, and no diagnostics', () => {
    expect(model.events).toHaveLength(186);
    expect(model.events.filter((e) => e.inCatalog)).toHaveLength(185);
    expect(model.events.filter((e) => !e.inCatalog).map((e) => e.name)).toEqual(['call.early_media']);
    expect(model.diagnostics).toEqual([]);
  });

  it('dispatches every catalog event from at least one site with a payload schema', () => {
    const missing = model.events.filter((e) => e.dispatchSites.length === 0 || e.payloadSchema === null).map((e) => e.name);
    expect(missing).toEqual([]);
  });

  it('keeps the fields the seed page names', () => {
    const bulk = props(eventNamed(model, 'contact.bulk_imported').payloadSchema);
    expect(Object.keys(bulk)).toEqual(expect.arrayContaining(['imported', 'updated', 'failed', 'total', 'import_batch_id']));

    const failed = props(eventNamed(model, 'verification.failed').payloadSchema);
    expect(failed.reason?.enum).toContain('sim_swap_detected');
    expect(failed.last_swap_date).toMatchObject({ type: 'string' });

    expect(props(eventNamed(model, 'number.purchased').payloadSchema).reclaimed).toMatchObject({ type: 'boolean' });

    const whatsapp = model.events.filter((e) => e.name.startsWith('whatsapp.'));
    expect(whatsapp.length).toBeGreaterThan(30);
    for (const e of whatsapp) {
      expect(Object.keys(props(e.payloadSchema)), e.name).toEqual(expect.arrayContaining(['waba_id', 'phone_number_id', 'details']));
    }
  });

  it('carries the payload type JSDoc to the schema and property @example to examples', () => {
    const early = eventNamed(model, 'call.early_media');
    expect(early.dispatchSites.map((s) => `${s.file}:${s.line}`)).toEqual(['apps/voice-edge/src/sip-events.ts:68']);
    expect(early.payloadSchema?.description).toMatch(/^call\.early_media: the carrier started streaming pre-answer audio/);
    expect(props(props(early.payloadSchema).sdp ?? null).codec).toEqual({ type: 'string', description: 'Negotiated codec.', examples: ['PCMU'] });
    // No JSDoc tag is left inside a description anywhere in the model.
    const leftovers: string[] = [];
    JSON.stringify(model, (key, value: unknown) => {
      if (key === 'description' && typeof value === 'string' && /(^|\s)@[a-z]+\b/.test(value)) leftovers.push(value);
      return value;
    });
    expect(leftovers).toEqual([]);
  });
});
