/** Test helpers: extract a fixture platform through its own config file, and compact views of the IR. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../../generator/config.ts';
import { extract } from '../../../generator/extract/index.ts';
import type { Model, WebhookEvent } from '../../../generator/model.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** Extracts `tests/fixtures/<name>` with its webhook-docs.config.json (the same path the CLI takes). */
export async function extractFixture(name: string): Promise<Model> {
  return extract(await loadConfig(path.join(FIXTURES, name, 'webhook-docs.config.json')));
}

/** The event named `name`; fails the test when it is missing. */
export function eventNamed(model: Model, name: string): WebhookEvent {
  const e = model.events.find((x) => x.name === name);
  if (!e) throw new Error(`event ${name} not in the model: ${model.events.map((x) => x.name).join(', ')}`);
  return e;
}

/** Each event with its sites as `file:line:column` (wrappers as ` via fn@file:line`), in model order. */
export function siteTable(model: Model): Record<string, string[]> {
  return Object.fromEntries(
    model.events.map((e) => [
      e.name,
      e.dispatchSites.map((s) => `${s.file}:${s.line}:${s.column}${s.via.map((v) => ` via ${v.function}@${v.file}:${v.line}`).join('')}`),
    ]),
  );
}
