/** The `check` pipeline: extract, drift, coverage, stale generated output. */
import path from 'node:path';
import type { ResolvedConfig } from '../config.ts';
import { emit } from '../emit/index.ts';
import { extract } from '../extract/index.ts';
import type { Diagnostic } from '../model.ts';
import { checkModel, type CheckModelOptions, type CheckResult } from './check-model.ts';
import { CHECK_CODES, sortDiagnostics } from './find-drift.ts';

export type { CheckResult } from './check-model.ts';

/** Options of a full check run. */
export interface RunCheckOptions extends CheckModelOptions {
  config: ResolvedConfig;
  /** Compare the generated files with what `generate` would write (default true). */
  checkStale?: boolean;
  /** Stale file paths in messages are relative to this directory (default: process.cwd()). */
  cwd?: string;
}

/** Runs extract, the model checks and (unless disabled) the stale-output check. */
export async function runCheck(options: RunCheckOptions): Promise<CheckResult> {
  const { config } = options;
  const model = extract(config);
  const result = checkModel(model, { minCoverage: options.minCoverage ?? config.coverage.minEvents });
  if (options.checkStale === false) return result;
  const emitted = await emit(model, config, { check: true });
  const cwd = options.cwd ?? process.cwd();
  const shown = emitted.stale.map((file) => toPosix(path.relative(cwd, path.resolve(config.outputDir, file))));
  const hint = 'Run `webhook-docs generate` and commit the result (or pass --skip-stale when generated files are not committed).';
  // NOTE: a clone without generated output has every file stale: one finding then, not hundreds of annotations.
  const stale: Diagnostic[] =
    shown.length > MAX_STALE_LISTED
      ? [
          {
            code: CHECK_CODES.staleOutput,
            severity: 'error',
            message: `${shown.length} generated files are stale: they differ from what the source generates (${shown.slice(0, 3).join(', ')}, …).`,
            hint,
          },
        ]
      : shown.map((file) => ({
          code: CHECK_CODES.staleOutput,
          severity: 'error' as const,
          message: `Generated file ${file} is stale: it differs from what the source generates.`,
          hint,
        }));
  return { ...result, diagnostics: sortDiagnostics([...result.diagnostics, ...emitted.diagnostics, ...stale]) };
}

/** Up to this many stale files are reported one by one. */
const MAX_STALE_LISTED = 20;

const toPosix = (p: string): string => p.split(path.sep).join('/');
