import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveConfig } from '../../../generator/config.ts';
import { UserError } from '../../../generator/errors.ts';

const valid = {
  root: 'platform',
  catalog: { file: 'src/constants.ts', export: 'EVENTS' },
  dispatchers: [{ name: 'send', event: 1, payload: 2 }],
  site: { title: 'Acme webhooks' },
};

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('config', () => {
  it('resolves paths against the config file and fills defaults', () => {
    const config = resolveConfig(valid, '/repo/webhook-docs.config.json');
    expect(config.rootDir).toBe('/repo/platform');
    expect(config.outputDir).toBe('/repo');
    expect(config.tsconfig).toBe('tsconfig.json');
    expect(config.coverage.minEvents).toBe(0);
  });

  it('names unknown keys, wrong types and missing keys in one message', () => {
    const err = errorOf(() =>
      resolveConfig(
        { ...valid, catalg: {}, site: { title: 3 }, dispatchers: [{ name: 'send', event: -1 }] },
        '/repo/webhook-docs.config.json',
      ),
    );
    expect(err.code).toBe('WD002');
    expect(err.message).toMatchInlineSnapshot(`
      "Invalid config in /repo/webhook-docs.config.json:
      - dispatchers.0.event: Number must be greater than or equal to 0
      - dispatchers.0.payload: Required
      - site.title: Expected string, received number
      - unknown key "catalg""
    `);
    expect(err.hint).toContain('README');
  });

  it('rejects a catalog path that escapes the platform root', () => {
    const err = errorOf(() =>
      resolveConfig({ ...valid, catalog: { file: '../../etc/passwd', export: 'X' } }, '/repo/webhook-docs.config.json'),
    );
    expect(err.code).toBe('WD003');
    expect(err.message).toContain('"../../etc/passwd"');
  });

  it('reports a missing config file with a hint', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wd-config-'));
    await expect(loadConfig(undefined, dir)).rejects.toMatchObject({ code: 'WD001', hint: expect.stringContaining('--config') });
  });

  it('reports invalid JSON with the file name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wd-config-'));
    writeFileSync(path.join(dir, 'webhook-docs.config.json'), '{ "root": ');
    await expect(loadConfig(undefined, dir)).rejects.toMatchObject({ code: 'WD002', message: expect.stringContaining('not valid JSON') });
  });

  it('loads the repository config for examples/orbit', async () => {
    const config = await loadConfig(path.resolve('webhook-docs.config.json'));
    expect(path.relative(process.cwd(), config.rootDir)).toBe(path.join('examples', 'orbit'));
    expect(config.dispatchers.map((d) => d.name)).toEqual(['dispatchTenantWebhook', 'buildWebhookJobs']);
  });
});
