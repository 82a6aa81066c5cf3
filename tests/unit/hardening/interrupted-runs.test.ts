/**
 * Issue 7, interrupted runs: `generate` (the real bin, on a copy of examples/orbit) is SIGKILLed at
 * random points, half of them while it is writing; after each kill every file below content/ and
 * public/ is either its old or its complete new version, nothing else is there (no temp files for
 * Astro to pick up), and a re-run converges. Two concurrent generates do not corrupt the output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGING_DIR } from '../../../generator/emit/apply-plan.ts';
import { acquireOutputLock, LOCK_FILE } from '../../../generator/emit/output-lock.ts';
import { cleanup, edit, REPO, scratchDir, snapshotOutput } from './scratch.ts';

const BIN = path.join(REPO, 'generator/bin.mjs');
let base = '';
let work = '';
let OLD = new Map<string, string>();
let NEW = new Map<string, string>();
let fullRunMs = 0;

function writeConfig(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const config = JSON.parse(readFileSync(path.join(REPO, 'webhook-docs.config.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(dir, 'webhook-docs.config.json'), JSON.stringify({ ...config, root: '../orbit', outDir: '.' }, null, 2));
}

function generateSync(dir: string): number {
  const r = spawnSync(process.execPath, [BIN, 'generate'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`generate failed in ${dir}: ${r.stderr}`);
  return r.status;
}

/** Puts the old output back and removes what a killed run may have left. */
function restoreOld(): void {
  for (const top of ['content', 'public', STAGING_DIR, LOCK_FILE]) rmSync(path.join(work, top), { recursive: true, force: true });
  for (const [rel, text] of OLD) {
    mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    writeFileSync(path.join(work, rel), text);
  }
}

/** When to kill: `delayMs` after start, after the staging dir appears (staged writes), or after renames began. */
type KillPoint = 'start' | 'staging' | 'renaming';

/** Spawns generate in `work` and SIGKILLs it `delayMs` after the chosen point. */
function generateAndKill(delayMs: number, point: KillPoint): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'generate'], { cwd: work, stdio: 'ignore' });
    let done = false;
    const kill = () => {
      if (!done) child.kill('SIGKILL');
    };
    if (point === 'start') {
      setTimeout(kill, delayMs);
    } else {
      // Renames empty the staging dir: once it holds fewer files than it did, files are being moved into place.
      let most = 0;
      const poll = setInterval(() => {
        let count: number;
        try {
          count = readdirSync(path.join(work, STAGING_DIR)).length;
        } catch {
          return;
        }
        most = Math.max(most, count);
        if (point === 'staging' || (most > 0 && count < most)) {
          clearInterval(poll);
          setTimeout(kill, delayMs);
        }
      }, 1);
      child.on('exit', () => clearInterval(poll));
    }
    child.on('exit', (code, signal) => {
      done = true;
      resolve(signal ?? `exit ${code}`);
    });
  });
}

/** Files that are neither the old nor the new version (or not generated at all). */
function strayFiles(): string[] {
  const stray: string[] = [];
  for (const [rel, text] of snapshotOutput(work)) {
    if (OLD.get(rel) !== text && NEW.get(rel) !== text) stray.push(rel);
  }
  return stray;
}

beforeAll(() => {
  base = scratchDir('interrupt');
  cpSync(path.join(REPO, 'examples/orbit'), path.join(base, 'orbit'), { recursive: true });
  work = path.join(base, 'work');
  writeConfig(work);
  generateSync(work);
  OLD = snapshotOutput(work);
  // The new version: most descriptions change, one event disappears (its files get deleted).
  const constants = path.join(base, 'orbit/packages/shared/src/constants.ts');
  edit(constants, / when /g, ' whenever ');
  const fresh = path.join(base, 'fresh');
  writeConfig(fresh);
  const t0 = Date.now();
  generateSync(fresh);
  fullRunMs = Date.now() - t0;
  NEW = snapshotOutput(fresh);
}, 120_000);
afterAll(() => cleanup(base));

describe('interrupted and concurrent runs', () => {
  it('the old and new outputs really differ (the test is not vacuous)', () => {
    const changed = [...NEW.keys()].filter((k) => OLD.get(k) !== NEW.get(k));
    expect(changed.length).toBeGreaterThan(50);
  });

  it('SIGKILL at random points leaves every file old or new, and a re-run converges', async () => {
    const outcomes: string[] = [];
    let mixed = 0;
    for (let i = 0; i < 6; i++) {
      restoreOld();
      const point = (['start', 'staging', 'renaming'] as const)[i % 3] ?? 'start';
      const delay = point === 'start' ? Math.floor(fullRunMs * (0.4 + Math.random() * 0.7)) : Math.floor(Math.random() * (point === 'staging' ? 40 : 5));
      const outcome = await generateAndKill(delay, point);
      outcomes.push(`${point}+${delay}ms: ${outcome}`);
      expect(strayFiles(), outcomes.join(', ')).toEqual([]);
      const now = snapshotOutput(work);
      if ([...now].some(([k, t]) => t === NEW.get(k) && t !== OLD.get(k)) && [...now].some(([k, t]) => t === OLD.get(k) && t !== NEW.get(k))) mixed++;
      // Astro reads content/ and public/ only: nothing there may be a temp file.
      for (const rel of snapshotOutput(work).keys()) expect(rel, outcomes.join(', ')).not.toMatch(/\.wdtmp$|\/\.[^/]*$/);
    }
    // How many kills landed mid-write (random, so reported rather than asserted).
    console.info(`interrupted runs: ${outcomes.join(', ')}; ${mixed} left a mix of old and new files`);
    generateSync(work);
    expect(snapshotOutput(work)).toEqual(NEW);
    expect(existsSync(path.join(work, STAGING_DIR))).toBe(false);
    expect(existsSync(path.join(work, LOCK_FILE))).toBe(false);
  }, 240_000);

  it('two concurrent generates both succeed and leave exactly the new output', async () => {
    restoreOld();
    const run = () =>
      new Promise<number | null>((resolve) => {
        spawn(process.execPath, [BIN, 'generate'], { cwd: work, stdio: 'ignore' }).on('exit', (code) => resolve(code));
      });
    const codes = await Promise.all([run(), run()]);
    expect(codes).toEqual([0, 0]);
    const after = snapshotOutput(work);
    expect([...new Set([...after.keys(), ...NEW.keys()])].filter((k) => after.get(k) !== NEW.get(k))).toEqual([]);
    expect(existsSync(path.join(work, LOCK_FILE))).toBe(false);
  }, 120_000);
});

describe('output lock', () => {
  it('a live holder blocks (nothing written), a dead holder is taken over', async () => {
    const dir = scratchDir('lock');
    try {
      const held = await acquireOutputLock(dir, 1000);
      if ('heldBy' in held) throw new Error('expected to get the lock');
      // A second acquire from another (live) process id times out naming the holder.
      writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
      const blocked = await acquireOutputLock(dir, 150);
      expect(blocked).toEqual({ heldBy: process.ppid });
      // A lock whose process is gone (a killed run) is stale and taken over.
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      writeFileSync(path.join(dir, LOCK_FILE), `${dead.stdout}\n`);
      const taken = await acquireOutputLock(dir, 1000);
      expect('release' in taken).toBe(true);
      expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
      if ('release' in taken) taken.release();
      expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    } finally {
      cleanup(dir);
    }
  });
});
