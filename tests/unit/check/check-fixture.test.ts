import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../../generator/check/run-check.ts';
import { loadConfig } from '../../../generator/config.ts';
import { emit } from '../../../generator/emit/index.ts';
import { extract } from '../../../generator/extract/index.ts';

// The real extractor on tests/fixtures/check-drift (see its README for the planted drift).
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/check-drift');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('check on a platform with every kind of drift', () => {
  it('reports each drift with its code, severity, file:line and a hint', async () => {
    const config = await loadConfig(path.join(FIXTURE, 'webhook-docs.config.json'));
    const result = await runCheck({ config, cwd: FIXTURE, checkStale: false });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location ? `${d.location.file}:${d.location.line}` : null])).toEqual([
      ['WD202', 'warning', 'src/events.ts:5'],
      ['WD202', 'warning', 'src/events.ts:7'],
      ['WD203', 'warning', 'src/orders.ts:14'],
      ['WD201', 'error', 'src/orders.ts:18'],
      ['WD101', 'error', 'src/replay.ts:5'],
      ['WD204', 'error', null],
    ]);
    expect(result.diagnostics.every((d) => d.hint)).toBe(true);
    expect(result.diagnostics[3]?.message).toBe('Event "order.refunded" is dispatched here but is missing from the event catalog, so subscribing to it fails with 422.');
    expect(result.diagnostics[2]?.message).toContain('replacement "order.canceled" is dispatched nowhere');
    expect(result.coverage.events).toEqual({ described: 2, total: 5, percent: 40 });
    expect(result.coverage.fields).toEqual({ described: 1, total: 5, percent: 20 });
    expect(result.minCoverage).toBe(50);
    // --min-coverage overrides the config's coverage.minEvents.
    const relaxed = await runCheck({ config, cwd: FIXTURE, checkStale: false, minCoverage: 40 });
    expect(relaxed.diagnostics.map((d) => d.code)).not.toContain('WD204');
  });

  it('reports generated output that is stale against the source as WD205 errors', async () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'wd-check-stale-')));
    temps.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    const config = await loadConfig(path.join(dir, 'webhook-docs.config.json'));
    const written = await emit(extract(config), config, { check: false });
    expect(written.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const fresh = await runCheck({ config, cwd: dir, minCoverage: 0 });
    expect(fresh.diagnostics.filter((d) => d.code === 'WD205')).toEqual([]);

    const events = path.join(dir, 'platform/src/events.ts');
    writeFileSync(events, readFileSync(events, 'utf8').replace("  'order.shipped',", "  /** An order left the warehouse. */\n  'order.shipped',"));
    const stale = await runCheck({ config, cwd: dir, minCoverage: 0 });
    const files = stale.diagnostics.filter((d) => d.code === 'WD205').map((d) => [d.severity, d.message]);
    expect(files).toContainEqual(['error', 'Generated file content/events/order.shipped.mdx is stale: it differs from what the source generates.']);
    expect(files.length).toBeLessThanOrEqual(20);
    expect(stale.diagnostics.find((d) => d.code === 'WD205')?.hint).toContain('Run `webhook-docs generate` and commit the result');
  });

  it('collapses a wholly missing output (a fresh clone) into one WD205 finding', async () => {
    // The fixture plans 21 files (5 events), one more than run-check lists one by one.
    const config = await loadConfig(path.join(FIXTURE, 'webhook-docs.config.json'));
    const result = await runCheck({ config, cwd: FIXTURE });
    const stale = result.diagnostics.filter((d) => d.code === 'WD205');
    expect(stale).toHaveLength(1);
    expect(stale[0]?.message).toMatch(/^\d+ generated files are stale: they differ from what the source generates \(content\/[^,]+, [^,]+, [^,]+, …\)\.$/);
    expect(stale[0]?.hint).toContain('--skip-stale');
  });
});
