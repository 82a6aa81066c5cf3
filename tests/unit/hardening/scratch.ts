/** Scratch copies of fixtures in tests/.tmp and a way to run the CLI in-process. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../generator/cli.ts';

/** Repository root (tests run from it). */
export const REPO = path.resolve(import.meta.dirname, '../../..');
const TMP_ROOT = path.join(REPO, 'tests/.tmp');

/** A fresh scratch directory below tests/.tmp (git-ignored); remove it with `rmSync` or `cleanup`. */
export function scratchDir(prefix: string): string {
  mkdirSync(TMP_ROOT, { recursive: true });
  return mkdtempSync(path.join(TMP_ROOT, `${prefix}-`));
}

/** Copies `tests/fixtures/<name>` into a new scratch directory and returns it. */
export function copyFixture(name: string, into = scratchDir(name)): string {
  cpSync(path.join(REPO, 'tests/fixtures', name), into, { recursive: true });
  return into;
}

/** Removes a scratch directory. */
export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Replaces `from` by `to` in a file. */
export function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit: ${String(from)} not found in ${file}`);
  writeFileSync(file, next);
}

/** Runs the CLI's main() in-process; returns exit code and captured output. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file below `dir` (POSIX paths relative to it), sorted. */
export function listFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(path.join(dir, rel));
  } catch {
    return out;
  }
  for (const name of entries) {
    const child = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, child)).isDirectory()) out.push(...listFiles(dir, child));
    else out.push(child);
  }
  return out.sort();
}

/** Snapshot of every file below content/ and public/ of `dir`: path → text. */
export function snapshotOutput(dir: string): Map<string, string> {
  const snap = new Map<string, string>();
  for (const top of ['content', 'public']) {
    for (const rel of listFiles(path.join(dir, top))) snap.set(`${top}/${rel}`, readFileSync(path.join(dir, top, rel), 'utf8'));
  }
  return snap;
}
