/**
 * Materializes one git revision in a temporary directory without touching the user's working tree,
 * index or worktree list: `git archive <commit> | tar -x`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.ts';
import { CHECK_CODES } from './find-drift.ts';

/** Runs git and returns trimmed stdout, or null when it exits non-zero. */
export function git(args: string[], cwd: string): string | null {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw new UserError(CHECK_CODES.notAGitRepository, `Cannot run git: ${r.error.message}`, 'Install git and make sure it is on PATH.');
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The top-level directory of the git repository containing `dir` (real path). */
export function gitTopLevel(dir: string): string {
  const top = git(['rev-parse', '--show-toplevel'], dir);
  if (!top) {
    throw new UserError(CHECK_CODES.notAGitRepository, `${dir} is not inside a git repository.`, '`webhook-docs diff` compares git revisions: run it inside a clone of the platform.');
  }
  return realpathSync(top);
}

/** Resolves a branch, tag or commit to a full commit id; UserError when it does not exist. */
export function resolveCommit(ref: string, top: string): string {
  const commit = ref.startsWith('-') ? null : git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], top);
  if (!commit) {
    throw new UserError(
      CHECK_CODES.unknownRef,
      `Git ref "${ref}" does not name a commit in this repository.`,
      'Use a branch, tag or commit that exists locally (`git branch -a`); in GitHub Actions check out with `fetch-depth: 0` and use `origin/<branch>`.',
    );
  }
  return commit;
}

/**
 * Extracts `commit`'s tree into a fresh temp dir and runs `use` on it; the dir is always removed.
 * NOTE: `node_modules/` is not in git, so the top-level one is linked in for type resolution.
 */
export async function withCheckout<T>(top: string, commit: string, use: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'webhook-docs-diff-'));
  try {
    await extractArchive(top, commit, dir);
    const modules = path.join(top, 'node_modules');
    if (existsSync(modules) && !existsSync(path.join(dir, 'node_modules'))) symlinkSync(modules, path.join(dir, 'node_modules'), 'dir');
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function extractArchive(top: string, commit: string, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', commit], { cwd: top, stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-f', '-', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
    archive.stdout.pipe(tar.stdin);
    let stderr = '';
    archive.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    tar.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // NOTE: the two processes close in either order (tar often first), so settle only when both have.
    const codes: { archive?: number | null; tar?: number | null } = {};
    const settle = () => {
      if (!('archive' in codes) || !('tar' in codes)) return;
      if (codes.archive === 0 && codes.tar === 0) resolve();
      // Our bug or the environment's (disk full, no tar), not the user's input: the commit was verified.
      else reject(new Error(`git archive ${commit} | tar -x failed (${codes.archive}/${codes.tar}): ${stderr.trim()}`));
    };
    archive.on('error', reject);
    tar.on('error', reject);
    archive.on('close', (code) => {
      codes.archive = code;
      settle();
    });
    tar.on('close', (code) => {
      codes.tar = code;
      settle();
    });
  });
}
