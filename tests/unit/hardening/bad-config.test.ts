/**
 * Issue 7, bad config: unknown keys (also nested), wrong types, out-of-range values and paths that
 * escape the platform root are UserErrors (exit 2) whose message names the key.
 * Complements tests/unit/config/config.test.ts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../generator/config.ts';
import { UserError } from '../../../generator/errors.ts';
import { cleanup, runCli, scratchDir } from './scratch.ts';

const valid = {
  catalog: { file: 'src/events.ts', export: 'EVENTS' },
  dispatchers: [{ name: 'send', event: 1, payload: 2 }],
  site: { title: 'Acme' },
};
const FILE = '/repo/webhook-docs.config.json';

function errorOf(raw: unknown): UserError {
  try {
    resolveConfig(raw, FILE);
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('bad config names the key', () => {
  it.each([
    ['a nested unknown key', { ...valid, catalog: { ...valid.catalog, exprot: 'X' } }, /- catalog: unknown key "exprot"/],
    ['an unknown key in a dispatcher', { ...valid, dispatchers: [{ ...valid.dispatchers[0], paylaod: 2 }] }, /- dispatchers\.0: unknown key "paylaod"/],
    ['dispatchers not a list', { ...valid, dispatchers: {} }, /- dispatchers: Expected array, received object/],
    ['no dispatcher', { ...valid, dispatchers: [] }, /- dispatchers: Array must contain at least 1/],
    ['a bad argument reference', { ...valid, dispatchers: [{ name: 'send', event: '1x', payload: 'a..b' }] }, /- dispatchers\.0\.event: must be a 0-based argument index or a property path[\s\S]*- dispatchers\.0\.payload: must be/],
    ['a string where a number goes', { ...valid, coverage: { minEvents: '50' } }, /- coverage\.minEvents: Expected number, received string/],
    ['a number out of range', { ...valid, coverage: { minEvents: 150 } }, /- coverage\.minEvents: Number must be less than or equal to 100/],
    ['a bad enum value', { ...valid, retryPolicy: { file: 'r.ts', delays: 'D', unit: 'minutes' } }, /- retryPolicy\.unit: Invalid enum value/],
    ['a bad URL and a source template without {file}', { ...valid, site: { title: 'T', url: 'nope', sourceUrl: 'https://x/y' } }, /- site\.url: Invalid url\n- site\.sourceUrl: must contain the \{file\} placeholder/],
    ['a wrong root type', { ...valid, root: 3 }, /- root: Expected string, received number/],
    ['not an object', [], /- \(root\): Expected object, received array/],
    ['null', null, /- \(root\): Expected object, received null/],
  ])('%s', (_label, raw, expected) => {
    const err = errorOf(raw);
    expect(err.code).toBe('WD002');
    expect(err.message).toMatch(expected);
  });

  it.each([
    ['tsconfig', { ...valid, tsconfig: '../tsconfig.json' }],
    ['catalog.file', { ...valid, catalog: { file: 'src/../../x.ts', export: 'E' } }],
    ['retryPolicy.file', { ...valid, retryPolicy: { file: '../../r.ts', delays: 'D' } }],
    ['envelope.file', { ...valid, envelope: { file: '/etc/passwd', type: 'E' } }],
    ['dispatchers.0.module', { ...valid, dispatchers: [{ ...valid.dispatchers[0], module: '../other/dispatch.ts' }] }],
    ['outDir', { ...valid, outDir: '../../site' }],
    ['outDir', { ...valid, outDir: '/tmp/site' }],
  ])('a path escaping the root names its key: %s', (key, raw) => {
    const err = errorOf(raw);
    expect(err.code).toBe('WD003');
    expect(err.message).toContain(`(key \`${key}\`)`);
    expect(err.hint).toContain(`\`${key}\``);
  });

  it('the platform root itself may live elsewhere (a sibling checkout); outDir below the config is fine', () => {
    const config = resolveConfig({ ...valid, root: '../platform', outDir: 'site' }, FILE);
    expect(config.rootDir).toBe('/platform');
    expect(config.outputDir).toBe('/repo/site');
  });

  it('a file name that merely starts with two dots is inside the root', () => {
    expect(resolveConfig({ ...valid, catalog: { file: '..events.ts', export: 'E' } }, FILE).catalog.file).toBe('..events.ts');
  });
});

describe('bad config through the CLI', () => {
  const dir = scratchDir('bad-config');
  afterAll(() => cleanup(dir));

  it('exit 2, the key named, no stack trace', async () => {
    const file = path.join(dir, 'webhook-docs.config.json');
    writeFileSync(file, JSON.stringify({ ...valid, site: { title: 'T', colour: 'red' }, outDir: 7 }));
    const r = await runCli(['generate', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error WD002: Invalid config in .*webhook-docs\.config\.json:\n/);
    expect(r.err).toMatch(/\n- outDir: Expected string, received number\n/);
    expect(r.err).toMatch(/\n- site: unknown key "colour"\n/);
    expect(r.err).toMatch(/hint: /);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a config.ts that throws is a config error, not a crash', async () => {
    const file = path.join(dir, 'webhook-docs.config.ts');
    writeFileSync(file, "throw new Error('boom from config');\nexport default {};\n");
    const r = await runCli(['generate', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error WD002: .*boom from config/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
