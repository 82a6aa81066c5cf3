/**
 * Brings the output directory in line with a plan: only changed files are rewritten,
 * generated files no longer planned are deleted, hand-written files (no marker) are never
 * touched, and a clash with one blocks the whole run. Every new file is first written to a
 * temp sibling; only when all of them are written are they renamed into place, so an error
 * or a kill leaves each file either old or new, and a re-run converges.
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
export const GENERATED_DIRS = [OUTPUT_PATHS.eventsDir, OUTPUT_PATHS.groupsDir, OUTPUT_PATHS.referenceDir, OUTPUT_PATHS.schemasDir] as const;
/** Single generated files outside those directories. */
export const GENERATED_FILES = [OUTPUT_PATHS.homePage, OUTPUT_PATHS.sidebar, OUTPUT_PATHS.eventsIndex, OUTPUT_PATHS.asyncapi, OUTPUT_PATHS.llms] as const;

const TEMP_SUFFIX = '.wdtmp';

/** What applying (or checking) a plan did. */
export interface ApplyResult {
  written: string[];
  deleted: string[];
  unchanged: number;
  stale: string[];
  diagnostics: Diagnostic[];
}

/** True when a file's text carries the generated marker where the generator puts it. */
export function isGeneratedText(text: string): boolean {
  return text.slice(0, 4096).includes(GENERATED_MARKER);
}

/** Compares the plan with the disk and, unless `check`, writes the difference atomically. */
export async function applyPlan(outputDir: string, plan: Map<string, string>, options: { check: boolean; fs?: EmitFs }): Promise<ApplyResult> {
  const fs = options.fs ?? nodeFs;
  const diagnostics: Diagnostic[] = [];
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

  for (const temp of existing.temps) await fs.unlink(path.join(outputDir, temp)).catch(() => undefined);
  const temps: [string, string][] = [];
  try {
    for (const rel of writes) {
      const target = path.join(outputDir, rel);
      await fs.mkdir(path.dirname(target));
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}${TEMP_SUFFIX}`);
      temps.push([temp, target]);
      await fs.writeFile(temp, plan.get(rel) ?? '');
    }
  } catch (err) {
    for (const [temp] of temps) await fs.unlink(temp).catch(() => undefined);
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
    return { written, deleted: [], unchanged, stale, diagnostics: [writeFailed(err, `${written.length} of ${writes.length} files were replaced; run generate again`)] };
  }
  const deleted: string[] = [];
  for (const rel of deletes) {
    await fs.unlink(path.join(outputDir, rel)).catch(() => undefined);
    deleted.push(rel);
  }
  return { written: written.sort(), deleted: deleted.sort(), unchanged, stale, diagnostics };
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

function writeFailed(err: unknown, outcome: string): Diagnostic {
  return {
    code: EMIT_CODES.writeFailed,
    severity: 'error',
    message: `Writing the output failed (${(err as Error).message}); ${outcome}.`,
    hint: 'Check that the output directory is writable and has free space, then run generate again.',
  };
}
