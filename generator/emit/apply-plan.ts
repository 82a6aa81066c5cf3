/**
 * Brings the output directory in line with a plan: only changed files are rewritten,
 * generated files no longer planned are deleted, hand-written files (no marker) are never
 * touched, and a clash with one blocks the whole run. Every new file is first written to a
 * staging directory beside content/ and public/ (`.webhook-docs.tmp/`, invisible to Astro and
 * never copied to dist/); only when all of them are written are they renamed into place, so a
 * kill leaves each file either old or new, an error puts the replaced files back, and a re-run
 * converges (it clears what a killed run left in the staging directory).
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../model.ts';
import { GENERATED_MARKER, OUTPUT_PATHS } from '../site-contract.ts';
import { EMIT_CODES } from './emit-codes.ts';

/** The file operations used (a seam for tests that inject failures). */
export interface EmitFs {
  readFile(file: string): Promise<string>;
  writeFile(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
  /** Entries of a directory: name and whether it is a directory; [] when missing. */
  list(dir: string): Promise<{ name: string; dir: boolean }[]>;
}

/** node:fs/promises. */
export const nodeFs: EmitFs = {
  readFile: (f) => fsp.readFile(f, 'utf8'),
  writeFile: (f, t) => fsp.writeFile(f, t, 'utf8'),
  rename: (a, b) => fsp.rename(a, b),
  unlink: (f) => fsp.unlink(f),
  mkdir: async (d) => {
    await fsp.mkdir(d, { recursive: true });
  },
  list: async (d) => {
    try {
      return (await fsp.readdir(d, { withFileTypes: true })).map((e) => ({ name: e.name, dir: e.isDirectory() }));
    } catch {
      return [];
    }
  },
};

/** Directories whose generated files the generator owns (hand-written files there are kept). */
export const GENERATED_DIRS = [OUTPUT_PATHS.eventsDir, OUTPUT_PATHS.eventDataDir, OUTPUT_PATHS.groupsDir, OUTPUT_PATHS.referenceDir, OUTPUT_PATHS.schemasDir] as const;
/** Single generated files outside those directories. */
export const GENERATED_FILES = [OUTPUT_PATHS.homePage, OUTPUT_PATHS.sidebar, OUTPUT_PATHS.eventsIndex, OUTPUT_PATHS.asyncapi, OUTPUT_PATHS.llms] as const;

/** Suffix of the temp siblings older versions wrote next to their targets (still cleaned up). */
const TEMP_SUFFIX = '.wdtmp';
/** Staging directory below the output directory, outside content/ and public/. */
export const STAGING_DIR = '.webhook-docs.tmp';
/** The only top-level directories a plan may write into. */
const WRITABLE_ROOTS = ['content', 'public'] as const;

/** What applying (or checking) a plan did. */
export interface ApplyResult {
  written: string[];
  deleted: string[];
  unchanged: number;
  stale: string[];
  diagnostics: Diagnostic[];
}

/**
 * The marker as a line of its own, in one of the forms the generator writes: a YAML comment in
 * frontmatter, `"$comment"` / `"x-generated"` in JSON, a `>` line in llms.txt. A hand-written page that
 * merely quotes the marker in its prose is not mistaken for a generated one (and so never overwritten).
 */
const MARKER_LINE = new RegExp(`^\\s*(?:#|>|"\\$comment":|"x-generated":)\\s*"?${GENERATED_MARKER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?,?\\s*$`, 'm');

/** True when a file's text carries the generated marker where the generator puts it (near the top; in asyncapi.json after `info.description`). */
export function isGeneratedText(text: string): boolean {
  return MARKER_LINE.test(text.slice(0, 65_536));
}

/** Compares the plan with the disk and, unless `check`, writes the difference atomically. */
export async function applyPlan(outputDir: string, plan: Map<string, string>, options: { check: boolean; fs?: EmitFs }): Promise<ApplyResult> {
  const fs = options.fs ?? nodeFs;
  const diagnostics: Diagnostic[] = [];
  // Defence in depth: event names are validated before planning, but no plan key may leave content/ or public/.
  for (const rel of plan.keys()) if (!isSafePlanPath(rel)) diagnostics.push(unsafePath(rel));
  if (diagnostics.length) return { written: [], deleted: [], unchanged: 0, stale: [], diagnostics };
  const existing = await scanManaged(outputDir, fs);
  const writes: string[] = [];
  let unchanged = 0;
  for (const [rel, text] of plan) {
    const current = existing.files.get(rel);
    if (current === undefined) {
      if (existing.dirs.has(rel)) diagnostics.push(clash(rel, 'a directory'));
      else writes.push(rel);
    } else if (!isGeneratedText(current)) {
      diagnostics.push(clash(rel, 'a hand-written file'));
    } else if (current === text) {
      unchanged++;
    } else {
      writes.push(rel);
    }
  }
  const deletes = [...existing.files.entries()].filter(([rel, text]) => !plan.has(rel) && isGeneratedText(text)).map(([rel]) => rel);
  const stale = [...writes, ...deletes].sort();
  if (diagnostics.length || options.check) return { written: [], deleted: [], unchanged, stale, diagnostics };

  // A directory that is a symbolic link out of the output directory (a hostile checkout) would let
  // writes and deletes land elsewhere: refuse before touching anything.
  const escaping = await dirsLinkingOutside(outputDir);
  if (escaping.length) return { written: [], deleted: [], unchanged, stale, diagnostics: escaping.map(linkedOutside) };

  // Leftovers of a killed run: staged files never renamed, and temp siblings of older versions.
  const staging = path.join(outputDir, STAGING_DIR);
  for (const temp of existing.temps) await fs.unlink(path.join(outputDir, temp)).catch(() => undefined);
  for (const e of await fs.list(staging)) if (!e.dir) await fs.unlink(path.join(staging, e.name)).catch(() => undefined);
  const temps: [string, string][] = [];
  try {
    if (writes.length) await fs.mkdir(staging);
    for (const [i, rel] of writes.entries()) {
      const target = path.join(outputDir, rel);
      await fs.mkdir(path.dirname(target));
      const temp = path.join(staging, `${process.pid}-${i}${TEMP_SUFFIX}`);
      temps.push([temp, target]);
      await fs.writeFile(temp, plan.get(rel) ?? '');
    }
  } catch (err) {
    for (const [temp] of temps) await fs.unlink(temp).catch(() => undefined);
    await removeStaging(staging);
    return { written: [], deleted: [], unchanged, stale, diagnostics: [writeFailed(err, 'nothing was changed')] };
  }
  const written: string[] = [];
  try {
    for (const [i, [temp, target]] of temps.entries()) {
      await fs.rename(temp, target);
      written.push(writes[i] as string);
    }
  } catch (err) {
    for (const [temp] of temps.slice(written.length)) await fs.unlink(temp).catch(() => undefined);
    const restored = await rollBack(outputDir, staging, written, existing.files, fs);
    await removeStaging(staging);
    const outcome = restored
      ? 'the previous output was restored'
      : `${written.length} of ${writes.length} files were replaced and could not all be restored; run generate again`;
    return { written: restored ? [] : written, deleted: [], unchanged, stale, diagnostics: [writeFailed(err, outcome)] };
  }
  const deleted: string[] = [];
  for (const rel of deletes) {
    await fs.unlink(path.join(outputDir, rel)).catch(() => undefined);
    deleted.push(rel);
  }
  await removeStaging(staging);
  return { written: written.sort(), deleted: deleted.sort(), unchanged, stale, diagnostics };
}

/** True for a normalized POSIX path strictly inside content/ or public/ (no "..", "\\", NUL or absolute path). */
export function isSafePlanPath(rel: string): boolean {
  if (rel.includes('\\') || rel.includes('\u0000') || path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel)) return false;
  const parts = rel.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return false;
  return parts.length >= 2 && (WRITABLE_ROOTS as readonly string[]).includes(parts[0] as string);
}

/** Puts back the previous text of files already replaced (new files are removed); false if any step failed. */
async function rollBack(outputDir: string, staging: string, replaced: string[], previous: Map<string, string>, fs: EmitFs): Promise<boolean> {
  let ok = true;
  for (const [i, rel] of replaced.entries()) {
    const target = path.join(outputDir, rel);
    const old = previous.get(rel);
    try {
      if (old === undefined) {
        await fs.unlink(target);
      } else {
        const temp = path.join(staging, `${process.pid}-undo-${i}${TEMP_SUFFIX}`);
        await fs.writeFile(temp, old);
        await fs.rename(temp, target);
      }
    } catch {
      ok = false;
    }
  }
  return ok;
}

/** Output directories (generated ones, their parents, staging) that resolve outside `outputDir` through a symlink. */
async function dirsLinkingOutside(outputDir: string): Promise<string[]> {
  const root = await fsp.realpath(outputDir).catch(() => path.resolve(outputDir));
  const dirs = new Set<string>([...WRITABLE_ROOTS, ...GENERATED_DIRS, STAGING_DIR]);
  const out: string[] = [];
  for (const rel of [...dirs].sort()) {
    const real = await fsp.realpath(path.join(outputDir, rel)).catch(() => null);
    if (real !== null && real !== root && !real.startsWith(`${root}${path.sep}`)) out.push(rel);
  }
  return out;
}

function linkedOutside(rel: string): Diagnostic {
  return {
    code: EMIT_CODES.writeFailed,
    severity: 'error',
    message: `${rel}/ resolves outside the output directory (a symbolic link?); nothing was written.`,
    hint: `Replace ${rel} with a real directory inside the output directory.`,
  };
}

/** Removes the staging directory once it is empty (it may be absent, or hold another run's files). */
async function removeStaging(staging: string): Promise<void> {
  await fsp.rmdir(staging).catch(() => undefined);
}

/** Every file in the generated directories and the generated single files, with its text; leftover temp files apart. */
async function scanManaged(outputDir: string, fs: EmitFs): Promise<{ files: Map<string, string>; dirs: Set<string>; temps: string[] }> {
  const files = new Map<string, string>();
  const dirs = new Set<string>();
  const temps: string[] = [];
  const read = async (rel: string) => {
    try {
      files.set(rel, await fs.readFile(path.join(outputDir, rel)));
    } catch {
      // Vanished or unreadable: treated as absent.
    }
  };
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await fs.list(path.join(outputDir, rel))) {
      const child = `${rel}/${entry.name}`;
      if (entry.dir) {
        dirs.add(child);
        await walk(child);
      } else if (entry.name.endsWith(TEMP_SUFFIX)) temps.push(child);
      else await read(child);
    }
  };
  for (const dir of GENERATED_DIRS) await walk(dir);
  for (const file of GENERATED_FILES) {
    const parent = path.posix.dirname(file);
    const entry = (await fs.list(path.join(outputDir, parent))).find((e) => e.name === path.posix.basename(file));
    if (entry?.dir) dirs.add(file);
    else if (entry) await read(file);
  }
  for (const parent of new Set(GENERATED_FILES.map((f) => path.posix.dirname(f)))) {
    for (const e of await fs.list(path.join(outputDir, parent))) if (!e.dir && e.name.endsWith(TEMP_SUFFIX)) temps.push(`${parent}/${e.name}`);
  }
  return { files, dirs, temps };
}

function clash(rel: string, what: string): Diagnostic {
  return {
    code: EMIT_CODES.handWrittenClash,
    severity: 'error',
    message: `${what === 'a directory' ? 'A directory' : 'Hand-written file'} ${rel} would be overwritten by a generated file; nothing was written.`,
    hint: `Rename it or delete it (generated files carry the marker "${GENERATED_MARKER}").`,
  };
}

function unsafePath(rel: string): Diagnostic {
  return {
    code: EMIT_CODES.unsafeEventName,
    severity: 'error',
    message: `Generated path ${JSON.stringify(rel)} is outside content/ and public/ (or not a plain relative path); nothing was written.`,
    hint: 'This is a bug in webhook-docs if the event names passed validation; please report it.',
  };
}

function writeFailed(err: unknown, outcome: string): Diagnostic {
  return {
    code: EMIT_CODES.writeFailed,
    severity: 'error',
    message: `Writing the output failed (${(err as Error).message}); ${outcome}.`,
    hint: 'Check that the output directory is writable and has free space, then run generate again.',
  };
}
