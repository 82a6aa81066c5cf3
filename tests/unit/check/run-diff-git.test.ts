import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiff } from '../../../generator/check/run-diff.ts';
import { loadConfig, type ResolvedConfig } from '../../../generator/config.ts';
import { UserError } from '../../../generator/errors.ts';
import type { Model } from '../../../generator/model.ts';
import { gitIn, HOOK_TIMEOUT, makeRepo } from './git-repo.ts';
import { event, model } from './make-model.ts';

let repo: string;
let config: ResolvedConfig;
beforeAll(async () => {
  repo = makeRepo();
  config = await loadConfig(path.join(repo, 'webhook-docs.config.json'));
  // An uncommitted edit that must survive the diff untouched.
  writeFileSync(path.join(repo, 'platform/src/orders.ts'), `${readFileSync(path.join(repo, 'platform/src/orders.ts'), 'utf8')}// wip\n`);
}, HOOK_TIMEOUT);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** A stand-in extractor that lists the catalog's quoted names: proves which tree each revision was read from. */
function catalogNames(seen: string[]) {
  return (c: ResolvedConfig): Model => {
    seen.push(c.rootDir);
    const source = readFileSync(path.join(c.rootDir, c.catalog.file), 'utf8');
    return model([...source.matchAll(/'([a-z.]+)'/g)].map((m) => event(m[1] ?? '')));
  };
}

describe('runDiff git plumbing', () => {
  it('extracts each ref from a temp checkout mapped from the config, then removes it', async () => {
    const seen: string[] = [];
    const status = gitIn(repo, 'status', '--porcelain');
    const set = await runDiff({ config, base: 'rev1', head: 'rev2', extract: catalogNames(seen) });
    expect(set.changes.map((c) => `${c.kind} ${c.event}`)).toEqual(['event.added order.refunded']);
    expect(set.base).toEqual({ ref: 'rev1', commit: gitIn(repo, 'rev-parse', 'rev1') });
    expect(set.head).toEqual({ ref: 'rev2', commit: gitIn(repo, 'rev-parse', 'rev2') });
    expect(seen).toHaveLength(2);
    for (const dir of seen) {
      expect(dir.startsWith(repo)).toBe(false);
      expect(path.basename(dir)).toBe('platform');
      expect(existsSync(dir)).toBe(false);
    }
    expect(gitIn(repo, 'status', '--porcelain')).toBe(status);
    expect(gitIn(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('reads the working tree as is when --head is absent', async () => {
    const seen: string[] = [];
    await runDiff({ config, base: 'rev1', extract: catalogNames(seen) });
    expect(seen[1]).toBe(config.rootDir);
  });

  it('rejects a ref that does not exist with WD206 and a hint', async () => {
    const err = await runDiff({ config, base: 'no-such-branch', extract: catalogNames([]) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe('WD206');
    expect((err as UserError).message).toBe('Git ref "no-such-branch" does not name a commit in this repository.');
    expect((err as UserError).hint).toContain('fetch-depth: 0');
  });

  it('removes the temp checkout when extraction throws', async () => {
    const seen: string[] = [];
    const failing = (c: ResolvedConfig): Model => {
      seen.push(c.rootDir);
      throw new Error('boom');
    };
    await expect(runDiff({ config, base: 'rev1', extract: failing })).rejects.toThrow('boom');
    expect(seen).toHaveLength(1);
    expect(existsSync(path.dirname(seen[0] ?? ''))).toBe(false);
  });
});
