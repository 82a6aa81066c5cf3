/** Builds a throwaway git repository from tests/fixtures/check-diff: rev1 committed, then rev2 copied over and committed. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** beforeAll hooks that build a repo get this long: vitest's 10 s default is too short on a loaded 2-core machine. */
export const HOOK_TIMEOUT = 60_000;

export const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/check-diff');

/** Runs git in `cwd` with a fixed identity and no user/system config. */
export function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  }).trim();
}

/** A repo with tags `rev1` and `rev2` (HEAD); returns its real path. */
export function makeRepo(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'wd-check-diff-')));
  gitIn(dir, 'init', '-q', '-b', 'main');
  cpSync(path.join(FIXTURE, 'rev1'), dir, { recursive: true });
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '-m', 'rev1');
  gitIn(dir, 'tag', 'rev1');
  cpSync(path.join(FIXTURE, 'rev2'), dir, { recursive: true });
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '-m', 'rev2');
  gitIn(dir, 'tag', 'rev2');
  return dir;
}
