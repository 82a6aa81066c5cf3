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
  const stale: Diagnostic[] = emitted.stale.map((file) => ({
    code: CHECK_CODES.staleOutput,
    severity: 'error',
    message: `Generated file ${toPosix(path.relative(cwd, path.resolve(config.outputDir, file)))} is stale: it differs from what the source generates.`,
    hint: 'Run `webhook-docs generate` and commit the result.',
  }));
  return { ...result, diagnostics: sortDiagnostics([...result.diagnostics, ...emitted.diagnostics, ...stale]) };
}

const toPosix = (p: string): string => p.split(path.sep).join('/');
