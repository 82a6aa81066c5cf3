/**
 * The emitter: turns the model into content/ (MDX pages, sidebar) and public/ (JSON Schemas,
 * events.json, AsyncAPI, llms.txt) below `config.outputDir`. Plans every file in memory,
 * validates samples, then writes only what changed, atomically, under a lock.
 */
import type { ResolvedConfig } from '../config.ts';
import { modelSchema, type Diagnostic, type Model } from '../model.ts';
import { addChangelog } from './add-changelog.ts';
import { applyPlan, type EmitFs } from './apply-plan.ts';
import { EMIT_CODES } from './emit-codes.ts';
import { buildEmitContext } from './emit-context.ts';
import { acquireOutputLock } from './output-lock.ts';
import { planOutput } from './plan-output.ts';
import { readChangelog } from './read-changelog.ts';
import { readGuides } from './read-guides.ts';
import { validateEventNames } from './validate-event-names.ts';

/** What a run wrote; paths are relative to `config.outputDir`, POSIX, sorted. */
export interface EmitResult {
  written: string[];
  deleted: string[];
  unchanged: number;
  /** Files that are (check) or were out of date: to be written or deleted. */
  stale: string[];
  diagnostics: Diagnostic[];
}

/** Options of `emit`. */
export interface EmitOptions {
  /** Write nothing; report stale files. */
  check: boolean;
  /** File operations (tests inject failures here). */
  fs?: EmitFs;
  /** How long to wait for another generate holding the lock (default 60 s). */
  lockTimeoutMs?: number;
}

/** Emits the site content for `model`; user problems come back as diagnostics, never thrown. */
export async function emit(model: Model, config: ResolvedConfig, options: EmitOptions): Promise<EmitResult> {
  const parsed = modelSchema.safeParse(model);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return empty([
      {
        code: EMIT_CODES.invalidModel,
        severity: 'error',
        message: `The model is not valid: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : parsed.error.message}${parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : ''}.`,
        hint: 'If the model came from `webhook-docs extract`, this is a bug in webhook-docs; otherwise fix the JSON to match generator/model.ts.',
      },
    ]);
  }
  const diagnostics: Diagnostic[] = [];
  const names = validateEventNames(parsed.data.events);
  diagnostics.push(...names.diagnostics);
  const ctx = buildEmitContext(parsed.data, config, names.accepted, diagnostics);
  const guides = readGuides(config.outputDir, diagnostics);
  // The changelog page and per-event notes come from a committed file (`diff --changelog`), never from git.
  const plan = addChangelog(planOutput(ctx, guides), readChangelog(config, diagnostics), ctx);

  if (options.check) {
    const result = await applyPlan(config.outputDir, plan, { check: true, ...(options.fs ? { fs: options.fs } : {}) });
    return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
  }
  const lock = await acquireOutputLock(config.outputDir, options.lockTimeoutMs ?? 60_000);
  if ('heldBy' in lock) {
    return empty([
      ...diagnostics,
      {
        code: EMIT_CODES.outputLocked,
        severity: 'error',
        message: `Another webhook-docs generate (pid ${lock.heldBy}) is writing to this output directory; nothing was written.`,
        hint: 'Wait for it to finish, then run generate again.',
      },
    ]);
  }
  try {
    const result = await applyPlan(config.outputDir, plan, { check: false, ...(options.fs ? { fs: options.fs } : {}) });
    return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
  } finally {
    lock.release();
  }
}

function empty(diagnostics: Diagnostic[]): EmitResult {
  return { written: [], deleted: [], unchanged: 0, stale: [], diagnostics };
}
