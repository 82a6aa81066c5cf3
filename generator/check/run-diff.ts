/** The `diff` pipeline: extract two git revisions (or one and the working tree) and compare them. */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config.ts';
import { UserError } from '../errors.ts';
import type { Model } from '../model.ts';
import type { ChangeSet, Revision } from './change-set.ts';
import { gitTopLevel, resolveCommit, withCheckout } from './checkout-git-ref.ts';
import { diffModels } from './diff-models.ts';
import { CHECK_CODES } from './find-drift.ts';

/** Options of `runDiff`. */
export interface RunDiffOptions {
  config: ResolvedConfig;
  /** Git ref of the old revision (branch, tag, commit). */
  base: string;
  /** Git ref of the new revision; the working tree (the config as is) when absent. */
  head?: string;
  /** The extractor (tests and benchmarks may pass their own). */
  extract?: (config: ResolvedConfig) => Model;
}

/** A model extracted at one revision, with the revision's identity. */
export interface ModelAtRevision {
  model: Model;
  revision: Revision;
}

/** Extracts both revisions and diffs them; never touches the working tree, always removes temp dirs. */
export async function runDiff(options: RunDiffOptions): Promise<ChangeSet & { models: { base: Model; head: Model } }> {
  // Loaded lazily: the extractor pulls in ts-morph, which an injected extractor does not need.
  const extract = options.extract ?? (await import('../extract/index.ts')).extract;
  const top = gitTopLevel(path.dirname(options.config.configFile));
  // Resolve both refs before any extraction, so a typo fails fast.
  const baseCommit = resolveCommit(options.base, top);
  const headCommit = options.head === undefined ? null : resolveCommit(options.head, top);
  const base = await extractAt(options.config, top, baseCommit, extract);
  const head = headCommit === null ? extract(options.config) : await extractAt(options.config, top, headCommit, extract);
  const changes = diffModels(base, head, {
    base: { ref: options.base, commit: baseCommit },
    head: { ref: options.head ?? null, commit: headCommit },
  });
  return { ...changes, models: { base, head } };
}

/** Extracts the model of `commit`, mapping the config's paths into a temp checkout. */
export function extractAt(config: ResolvedConfig, top: string, commit: string, extract: (c: ResolvedConfig) => Model): Promise<Model> {
  return withCheckout(top, commit, (dir) => {
    try {
      return extract(mapConfig(config, top, dir));
    } catch (err) {
      // A user mistake at that revision (e.g. the platform did not exist yet): name the revision, not the temp dir.
      if (!(err instanceof UserError)) throw err;
      const message = err.message.split(`${dir}${path.sep}`).join('').split(dir).join('.');
      throw new UserError(err.code, `At commit ${commit.slice(0, 7)}: ${message}`, err.hint ? `${err.hint} (If the platform or its config differs at that revision, pick a later --base.)` : undefined);
    }
  });
}

/** The same config with its paths moved from the repository at `top` to the checkout at `dir`. */
export function mapConfig(config: ResolvedConfig, top: string, dir: string): ResolvedConfig {
  const move = (abs: string, what: string): string => {
    const rel = path.relative(top, realpathOrSelf(abs));
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new UserError(CHECK_CODES.notAGitRepository, `The ${what} ${abs} is outside the git repository ${top}.`, 'Put the config and the platform root inside the repository that `diff` compares.');
    }
    return path.join(dir, rel);
  };
  return {
    ...config,
    configFile: move(config.configFile, 'config file'),
    rootDir: move(config.rootDir, 'platform root'),
    outputDir: move(config.outputDir, 'output directory'),
  };
}

/** Real path of the nearest existing ancestor, with the rest appended (the output dir may not exist yet). */
function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    const parent = path.dirname(p);
    return parent === p ? p : path.join(realpathOrSelf(parent), path.basename(p));
  }
}
