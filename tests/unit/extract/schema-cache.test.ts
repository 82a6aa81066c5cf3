import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../generator/config.ts';
import { extractFromProject } from '../../../generator/extract/index.ts';
import type { Model } from '../../../generator/model.ts';

const ROOT = '/cache';
const config = resolveConfig(
  {
    catalog: { file: 'src/events.ts', export: 'EVENTS' },
    dispatchers: [{ name: 'dispatch', module: 'src/dispatch.ts', event: 1, payload: 2 }],
    site: { title: 'Cache' },
  },
  `${ROOT}/webhook-docs.config.json`,
);

// L0 → L1 → … → L35: deeper than the converter's nesting bound (32) when walked from L0, not from L10.
const CHAIN = Array.from({ length: 35 }, (_, i) => `export interface L${i} { next: L${i + 1}; }`).join('\n') + '\nexport interface L35 { end: string; }\n';

/** Extracts a platform whose service dispatches each payload type of `sites`, in that order. */
function extractSites(sites: [event: string, payloadType: string][]): Model {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: [] },
  });
  project.createSourceFile(`${ROOT}/src/events.ts`, "export const EVENTS = ['a', 'b'] as const;\n");
  project.createSourceFile(`${ROOT}/src/dispatch.ts`, 'export function dispatch<T>(tenant: string, event: string, payload: T): void {\n  void tenant; void event; void payload;\n}\n');
  const calls = sites.map(([event, type], i) => `export function on${i}(p: ${type}): void {\n  dispatch('t', '${event}', p);\n}`);
  project.createSourceFile(`${ROOT}/src/service.ts`, `import { dispatch } from './dispatch';\n${CHAIN}export interface Holder { inner: L10; }\n${calls.join('\n')}\n`);
  return extractFromProject(project, config);
}

describe('reused schemas of nested types', () => {
  it('a type converted shallow first is converted again where reusing it would cross the nesting bound', () => {
    // `Holder` caches L10…L35 one level down; under L0 the same L10 sits ten levels down, past the bound.
    const both = extractSites([['a', 'Holder'], ['b', 'L0']]);
    const alone = extractSites([['b', 'L0']]);
    const nesting = (m: Model) => m.diagnostics.filter((d) => d.message.includes('nests more than'));
    expect(nesting(alone)).toHaveLength(1);
    expect(nesting(both).map((d) => d.location?.line)).toEqual(nesting(alone).map((d) => (d.location?.line ?? 0) + 3));
    expect(both.events.find((e) => e.name === 'b')?.payloadSchema).toEqual(alone.events.find((e) => e.name === 'b')?.payloadSchema);
    expect(both.events.find((e) => e.name === 'a')?.payloadSchema).toMatchObject({ title: 'Holder' });
  });

  it('`unknown` met first as an index signature value (not reported there) is still reported as a property', () => {
    const model = extractSites([['a', '{ meta: Record<string, unknown>; raw: unknown }']]);
    expect(model.diagnostics.filter((d) => d.message.includes('typed unknown')).map((d) => d.message)).toEqual([
      'Payload payload.raw is typed unknown; its schema is empty.',
    ]);
  });
});
