/** Builds the one ts-morph Project of an extraction run. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Project } from 'ts-morph';
import type { ResolvedConfig } from '../config.ts';
import { UserError } from '../errors.ts';
import { EXTRACT_CODES } from './extract-codes.ts';

/** One Project per run, from the platform's tsconfig; a missing or broken tsconfig is a UserError. */
export function createProject(config: ResolvedConfig): Project {
  const tsconfig = path.resolve(config.rootDir, config.tsconfig);
  if (!existsSync(tsconfig)) {
    throw new UserError(
      EXTRACT_CODES.tsconfigMissing,
      `tsconfig not found: ${tsconfig}`,
      'Set `tsconfig` in the config (relative to `root`) to the platform\'s tsconfig.json.',
    );
  }
  try {
    return new Project({ tsConfigFilePath: tsconfig });
  } catch (err) {
    throw new UserError(
      EXTRACT_CODES.tsconfigMissing,
      `Could not read tsconfig ${tsconfig}: ${(err as Error).message}`,
      'Fix the tsconfig so that `tsc --noEmit -p <it>` can read it.',
    );
  }
}
