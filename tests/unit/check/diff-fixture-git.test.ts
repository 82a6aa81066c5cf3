import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiff } from '../../../generator/check/run-diff.ts';
import { main } from '../../../generator/cli.ts';
import { loadConfig } from '../../../generator/config.ts';
import { gitIn, HOOK_TIMEOUT, makeRepo } from './git-repo.ts';

// The real extractor on a throwaway repo built from tests/fixtures/check-diff (rev1 → rev2, see its README).
let repo: string;
let configFile: string;
beforeAll(() => {
  repo = makeRepo();
  configFile = path.join(repo, 'webhook-docs.config.json');
}, HOOK_TIMEOUT);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const EXPECTED: [string, string, string | null, boolean, string | null, string | null][] = [
  ['order.created', 'field.nullable-added', 'coupon', true, 'string', 'string | null'],
  ['order.created', 'field.removed', 'note', true, 'string', null],
  ['order.paid', 'field.type-changed', 'amount', true, 'number', 'string'],
  ['order.paid', 'field.made-optional', 'currency', true, 'required', 'optional'],
  ['order.paid', 'field.enum-value-removed', 'method', true, '"cash"', null],
  ['order.paid', 'field.enum-value-added', 'status', false, null, '"refunded"'],
  ['order.refunded', 'event.added', null, false, null, null],
];

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('diff between two committed revisions (real extraction)', () => {
  it('reports exactly the known changes with their breaking flags', async () => {
    const { models, ...set } = await runDiff({ config: await loadConfig(configFile), base: 'rev1', head: 'rev2' });
    expect(set.changes.map((c) => [c.event, c.kind, c.path, c.breaking, c.before, c.after])).toEqual(EXPECTED);
    expect(set.summary).toEqual({ changes: 7, breaking: 5, notable: 7, events: 3 });
    expect(set.base).toEqual({ ref: 'rev1', commit: gitIn(repo, 'rev-parse', 'rev1') });
    expect(set.head).toEqual({ ref: 'rev2', commit: gitIn(repo, 'rev-parse', 'rev2') });
    expect(models.base.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(models.head.events.map((e) => e.name)).toEqual(['order.created', 'order.paid', 'order.refunded']);
  });

  it('CLI: JSON is the change set, --fail-on-breaking exits 1, and the working tree is left alone', async () => {
    // An uncommitted edit: it must survive, and the diff against the working tree must see it.
    const orders = path.join(repo, 'platform/src/orders.ts');
    const original = readFileSync(orders, 'utf8');
    writeFileSync(orders, original.replace("status: 'pending' | 'paid' | 'refunded';", "status: 'pending' | 'paid' | 'refunded' | 'disputed';"));
    try {
      const status = gitIn(repo, 'status', '--porcelain');
      const json = await cli('diff', '--config', configFile, '--base', 'rev1', '--head', 'rev2', '--format', 'json');
      expect(json.code).toBe(0);
      const parsed = JSON.parse(json.out) as { changes: { kind: string; breaking: boolean }[] };
      expect(parsed.changes.map((c) => c.kind)).toEqual(EXPECTED.map((e) => e[1]));

      const failing = await cli('diff', '--config', configFile, '--base', 'rev1', '--head', 'rev2', '--fail-on-breaking');
      expect(failing.code).toBe(1);
      expect(failing.out.split('\n')[0]).toBe(
        `Schema changes from rev1 (${gitIn(repo, 'rev-parse', '--short=7', 'rev1')}) to rev2 (${gitIn(repo, 'rev-parse', '--short=7', 'rev2')}): 7 changes in 3 events, 5 breaking.`,
      );

      const worktree = await cli('diff', '--config', configFile, '--base', 'rev2', '--format', 'markdown', '--fail-on-breaking');
      expect(worktree.code).toBe(0);
      expect(worktree.out).toBe(
        [
          `### Webhook schema changes: \`rev2\` (${gitIn(repo, 'rev-parse', '--short=7', 'rev2')}) → working tree`,
          '',
          'No breaking changes for subscribers (1 change in 1 event).',
          '',
          '| | Event | Change | Field | Before | After |',
          '|---|---|---|---|---|---|',
          '| ℹ️ | `order.paid` | enum value added | `status` |  | `"disputed"` |',
          '',
          '⚠️ breaking for subscribers · ℹ️ notable (e.g. a new enum value an exhaustive `switch` does not handle)',
        ].join('\n'),
      );
      expect(gitIn(repo, 'status', '--porcelain')).toBe(status);
      expect(gitIn(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
    } finally {
      writeFileSync(orders, original);
    }
  });

  it('CLI: a missing --base or an unknown ref is a usage error (exit 2)', async () => {
    const noBase = await cli('diff', '--config', configFile);
    expect(noBase.code).toBe(2);
    expect(noBase.err).toContain('`diff` needs --base <git-ref>.');
    const unknown = await cli('diff', '--config', configFile, '--base', 'v9.9.9');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('error WD206: Git ref "v9.9.9" does not name a commit in this repository.');
    // A base where the platform does not exist yet: the error names the commit, never the temp checkout.
    const empty = gitIn(repo, 'commit-tree', gitIn(repo, 'hash-object', '-t', 'tree', '/dev/null'), '-m', 'empty');
    const before = await cli('diff', '--config', configFile, '--base', empty);
    expect(before.code).toBe(2);
    expect(before.err).toMatch(new RegExp(`^error WD\\d{3}: At commit ${empty.slice(0, 7)}: `));
    expect(before.err).not.toContain('webhook-docs-diff-');
  });
});
