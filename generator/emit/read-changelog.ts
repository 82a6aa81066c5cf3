/**
 * Finds and reads the committed changelog (`diff --changelog` writes it) for the changelog page.
 * No file means no page: generate never runs git, so it stays fast and deterministic.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CHANGELOG_FILE, parseChangelog, type Changelog } from '../check/changelog-file.ts';
import { CHECK_CODES } from '../check/find-drift.ts';
import type { ResolvedConfig } from '../config.ts';
import type { Diagnostic } from '../model.ts';

/**
 * The changelog named by the config's `changelog` key (relative to the config file), else
 * `webhook-docs.changelog.json` next to the config file when it exists. A broken file is an error diagnostic.
 */
export function readChangelog(config: ResolvedConfig, diagnostics: Diagnostic[]): Changelog | null {
  const named = config.changelog;
  const configDir = path.dirname(config.configFile);
  const file = path.resolve(configDir, typeof named === 'string' ? named : DEFAULT_CHANGELOG_FILE);
  if (!existsSync(file)) {
    if (typeof named === 'string') diagnostics.push(problem(file, configDir, 'does not exist', 'Create it with `webhook-docs diff --changelog`, or remove the `changelog` key.'));
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    diagnostics.push(problem(file, configDir, `is not valid JSON: ${(err as Error).message}`, 'Fix the JSON syntax.'));
    return null;
  }
  const parsed = parseChangelog(raw);
  if ('problem' in parsed) {
    diagnostics.push(problem(file, configDir, `is not a webhook-docs changelog: ${parsed.problem}`, 'Write it with `webhook-docs diff --changelog <file>` (see content/guides/ci.md).'));
    return null;
  }
  return parsed.changelog;
}

function problem(file: string, configDir: string, what: string, hint: string): Diagnostic {
  const shown = path.relative(configDir, file).split(path.sep).join('/');
  return { code: CHECK_CODES.invalidChangelog, severity: 'error', message: `Changelog ${shown} ${what}; no changelog page was generated.`, hint };
}
