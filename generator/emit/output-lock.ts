/**
 * `.webhook-docs.lock` in the output directory: one generate at a time. The file holds the
 * owner's pid; a lock whose pid is no longer running is stale and taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = '.webhook-docs.lock';

/** Held lock: call `release` when done. */
export interface OutputLock {
  release(): void;
}

/** Acquires the lock, waiting up to `timeoutMs` for a live owner; returns the owner's pid on timeout. */
export async function acquireOutputLock(outputDir: string, timeoutMs: number): Promise<OutputLock | { heldBy: number }> {
  mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, LOCK_FILE);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return { release: () => releaseIfOwned(file) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = readOwner(file);
    // An empty lock is being written by its owner right now, unless it is old (its writer died).
    if (owner === null && ageMs(file) < 2000) {
      await new Promise((r) => setTimeout(r, 20));
      continue;
    }
    if (owner === null || !isRunning(owner)) {
      // Stale (its process died, e.g. killed mid-run): remove it if it is still the same lock, then retry.
      if (readOwner(file) === owner) tryUnlink(file);
      continue;
    }
    if (Date.now() >= deadline) return { heldBy: owner };
    await new Promise((r) => setTimeout(r, 100));
  }
}

function readOwner(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOwned(file: string): void {
  if (readOwner(file) === process.pid) tryUnlink(file);
}

function tryUnlink(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}
