/** Smoke run of the benchmark's synthetic monorepo at N=20: it type-checks and has the catalog it claims. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMonorepo, type Manifest } from '../../../bench/make-monorepo.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');

describe('bench/make-monorepo at N=20', () => {
  let dir: string;
  let manifest: Manifest;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'wd-bench-smoke-'));
    manifest = makeMonorepo({ events: 20, outDir: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('type-checks with tsc --noEmit and no node_modules', () => {
    const tsc = path.join(REPO, 'node_modules/typescript/bin/tsc');
    // execFileSync throws (failing the test) with tsc's output when there is a type error.
    expect(() => execFileSync(process.execPath, [tsc, '--noEmit', '-p', dir], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('writes 20 catalog entries under // == Group == headers, some without JSDoc', () => {
    const catalog = readFileSync(path.join(dir, 'packages/shared/src/constants.ts'), 'utf8');
    const body = catalog.slice(catalog.indexOf('WEBHOOK_EVENT_TYPES = ['), catalog.indexOf('] as const;'));
    const names = [...body.matchAll(/^ {2}'([^']+)',$/gm)].map((m) => m[1]);
    expect(names).toEqual(manifest.events.map((e) => e.name));
    expect(names).toHaveLength(20);
    expect(body.match(/^ {2}\/\/ == .+ ==$/gm)?.length).toBe(manifest.groups.length);
    expect(manifest.events.some((e) => e.description === null)).toBe(true);
    expect(manifest.events.some((e) => e.description !== null)).toBe(true);
  });

  it('dispatches every event from a service file through the configured functions', () => {
    for (const event of manifest.events) {
      const source = readFileSync(path.join(dir, event.file), 'utf8');
      expect(source.includes(`'${event.name}'`) || source.includes(`WEBHOOK_EVENTS.${event.constant}`), event.name).toBe(true);
    }
    const config = JSON.parse(readFileSync(path.join(dir, 'webhook-docs.config.json'), 'utf8')) as { outDir: string; catalog: { file: string } };
    expect(config.outDir).toBe('site');
    expect(config.catalog.file).toBe('packages/shared/src/constants.ts');
  });

  it('is deterministic for a seed', () => {
    const again = mkdtempSync(path.join(tmpdir(), 'wd-bench-smoke-'));
    try {
      makeMonorepo({ events: 20, outDir: again });
      for (const rel of ['packages/shared/src/constants.ts', manifest.serviceFiles[0]!, 'bench-manifest.json']) {
        expect(readFileSync(path.join(again, rel), 'utf8')).toBe(readFileSync(path.join(dir, rel), 'utf8'));
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
