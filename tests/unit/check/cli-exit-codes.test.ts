import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../generator/cli.ts';
import { HOOK_TIMEOUT } from './git-repo.ts';

// `check` exit codes through the real CLI entry: 0 ok, 1 findings at or above --fail-on, 2 usage/config error.
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const DRIFT = path.join(FIXTURES, 'check-drift/webhook-docs.config.json');
let dir: string;
let warnOnly: string;
beforeAll(() => {
  // rev1 of the diff fixture is clean; one catalog entry nothing dispatches adds a single warning.
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'wd-check-exit-')));
  cpSync(path.join(FIXTURES, 'check-diff/rev1'), dir, { recursive: true });
  const events = path.join(dir, 'platform/src/events.ts');
  writeFileSync(events, readFileSync(events, 'utf8').replace('] as const;', "  /** An order was archived. */\n  'order.archived',\n] as const;"));
  warnOnly = path.join(dir, 'webhook-docs.config.json');
}, HOOK_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['check', ...args], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('check exit codes', () => {
  it('0 when only warnings are found, 1 with --fail-on warning', async () => {
    const ok = await check('--config', warnOnly, '--skip-stale', '--format', 'json');
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.out) as { summary: { errors: number; warnings: number; failed: boolean }; diagnostics: { code: string }[] };
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1, failed: false });
    expect(report.diagnostics.map((d) => d.code)).toEqual(['WD202']);
    const strict = await check('--config', warnOnly, '--skip-stale', '--fail-on', 'warning', '--format', 'json');
    expect(strict.code).toBe(1);
    expect((JSON.parse(strict.out) as { summary: { failed: boolean } }).summary.failed).toBe(true);
  });

  it('1 when event coverage is under --min-coverage, 0 at it', async () => {
    expect((await check('--config', warnOnly, '--skip-stale', '--min-coverage', '100')).code).toBe(0);
    expect((await check('--config', DRIFT, '--skip-stale', '--min-coverage', '40%', '--format', 'github')).out).not.toContain('WD204');
    const low = await check('--config', DRIFT, '--skip-stale', '--min-coverage', '41', '--format', 'github');
    expect(low.code).toBe(1);
    expect(low.out).toContain('::error title=WD204::Event docs coverage is 40%25 (2 of 5 events have a description), below the minimum of 41%25.');
  });

  it('1 on drift errors (dispatched-not-in-catalog, unresolvable name)', async () => {
    const r = await check('--config', DRIFT, '--skip-stale', '--min-coverage', '0', '--format', 'github');
    expect(r.code).toBe(1);
    expect(r.out.split('\n').filter((l) => l.startsWith('::error')).map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
      '::error file=tests/fixtures/check-drift/platform/src/orders.ts,line=18,col=3,title=WD201',
      '::error file=tests/fixtures/check-drift/platform/src/replay.ts,line=5,col=18,title=WD101',
    ]);
  });

  it('2 for an unknown flag, a bad flag value, a bad config and a missing config', async () => {
    const unknown = await check('--config', warnOnly, '--colour');
    expect(unknown).toMatchObject({ code: 2, out: '' });
    // The message text is node:util's (it varies across Node versions); code and hint are ours.
    expect(unknown.err).toMatch(/^error WD000: Unknown option '--colour'/);
    expect(unknown.err).toMatch(/\n  hint: Run `webhook-docs --help` for the options\.$/);
    const format = await check('--config', warnOnly, '--format', 'xml');
    expect(format).toMatchObject({ code: 2, out: '' });
    expect(format.err).toContain('--format must be one of text, json, github (got "xml").');
    expect((await check('--config', warnOnly, '--fail-on', 'info')).code).toBe(2);
    expect((await check('--config', warnOnly, '--min-coverage', '150')).code).toBe(2);

    const bad = path.join(dir, 'bad.config.json');
    writeFileSync(bad, JSON.stringify({ root: 'platform', catalog: { file: 'src/events.ts', export: 'EVENTS' }, dispatchers: [], site: { title: 'x' }, colour: true }));
    const invalid = await check('--config', bad);
    expect(invalid).toMatchObject({ code: 2, out: '' });
    expect(invalid.err).toMatch(/colour/);
    expect(invalid.err).toMatch(/dispatchers/);
    expect(invalid.err).not.toMatch(/\n\s+at /);

    const missing = await check('--config', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('error WD001:');
  });
});
