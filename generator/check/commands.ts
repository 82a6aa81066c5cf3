/** The `check` and `diff` CLI commands: parse flags, run the API, print, map exit codes. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configFrom, EXIT, parseFlags, type Io as CommandIo } from '../cli.ts';
import { UserError } from '../errors.ts';
import { countLine, formatDiagnostics } from '../format-diagnostics.ts';
import { addRelease, formatChangelogJson, parseChangelog, toRelease, type Changelog } from './changelog-file.ts';
import { failsAt, type FailOn } from './fail-threshold.ts';
import { CHECK_CODES } from './find-drift.ts';
import { formatChangesJson, formatChangesMarkdown, formatChangesText } from './format-changes.ts';
import { formatCheckGithub } from './format-check-github.ts';
import { formatCheckJson } from './format-check-json.ts';
import { formatCheckText } from './format-check-text.ts';
import { runCheck } from './run-check.ts';
import { runDiff } from './run-diff.ts';


/** Colors only on a terminal, and never with NO_COLOR set (https://no-color.org). */
const useColor = (): boolean => process.stdout.isTTY === true && !process.env.NO_COLOR;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError('WD000', `--${flag} must be one of ${allowed.join(', ')} (got "${value}").`, 'Run `webhook-docs --help` for the options.');
}

/** `webhook-docs check`: exit 0 ok, 1 findings at or above --fail-on, 2 usage/config error. */
export async function runCheckCommand(args: string[], io: CommandIo): Promise<number> {
  // NOTE: parseFlags' return type loses the option names, so the parsed values are typed here.
  const values = parseFlags(args, {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    'min-coverage': { type: 'string' },
    'skip-stale': { type: 'boolean', default: false },
  }).values as { config?: string; format?: string; 'fail-on'?: string; 'min-coverage'?: string; 'skip-stale'?: boolean };
  const format = oneOf('format', values.format, ['text', 'json', 'github'] as const, 'text');
  const failOn = oneOf<FailOn>('fail-on', values['fail-on'], ['error', 'warning'] as const, 'error');
  const minCoverage = parsePercent(values['min-coverage']);
  const config = await configFrom(values);
  const cwd = process.cwd();
  const result = await runCheck({ config, cwd, checkStale: values['skip-stale'] !== true, ...(minCoverage === undefined ? {} : { minCoverage }) });
  const where = { rootDir: config.rootDir, cwd };
  if (format === 'json') io.out(formatCheckJson(result, { ...where, failOn }));
  else if (format === 'github') io.out(formatCheckGithub(result, where));
  else io.out(formatCheckText(result, { ...where, color: useColor() }));
  return failsAt(result.diagnostics, failOn) ? EXIT.failed : EXIT.ok;
}

function parsePercent(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw.replace(/%$/, ''));
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new UserError('WD000', `--min-coverage must be a percentage between 0 and 100 (got "${raw}").`, 'For example: --min-coverage 80');
  }
  return n;
}

/** `webhook-docs diff --base <ref>`: exit 0, or 1 with --fail-on-breaking and a breaking change, 2 usage/config error. */
export async function runDiffCommand(args: string[], io: CommandIo): Promise<number> {
  const values = parseFlags(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    changelog: { type: 'string' },
    release: { type: 'string' },
    date: { type: 'string' },
    'fail-on-breaking': { type: 'boolean', default: false },
  }).values as {
    config?: string;
    base?: string;
    head?: string;
    format?: string;
    out?: string;
    changelog?: string;
    release?: string;
    date?: string;
    'fail-on-breaking'?: boolean;
  };
  const format = oneOf('format', values.format, ['text', 'json', 'markdown'] as const, 'text');
  const base = values.base;
  if (!base) throw new UserError('WD000', '`diff` needs --base <git-ref>.', 'For example: webhook-docs diff --base origin/main');
  const head = values.head;
  if ((values.release !== undefined || values.date !== undefined) && values.changelog === undefined) {
    throw new UserError('WD000', '--release and --date only apply with --changelog <file>.', 'For example: webhook-docs diff --base v1.3.0 --head v1.4.0 --changelog webhook-docs.changelog.json --release v1.4.0');
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new UserError('WD000', `--date must be written YYYY-MM-DD (got "${values.date}").`, 'For example: --date 2026-12-04');
  }
  if (values.release !== undefined && values.release.trim() === '') throw new UserError('WD000', '--release must not be empty.', 'For example: --release v1.4.0');
  // Read the changelog before the (slow) extraction, so a broken file fails fast.
  const changelogFile = values.changelog === undefined ? undefined : path.resolve(values.changelog);
  const changelog = changelogFile === undefined ? null : readChangelogFile(changelogFile);
  const config = await configFrom(values);
  const { models, ...changes } = await runDiff({ config, base, ...(head === undefined ? {} : { head }) });
  // Extraction problems at either revision make the diff incomplete: say so on stderr, keep stdout clean for piping.
  for (const [label, model] of [[`base ${base}`, models.base], [head ? `head ${head}` : 'working tree', models.head]] as const) {
    const errors = model.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      io.err(`Extracting the ${label} reported ${countLine(model.diagnostics)}:\n${formatDiagnostics(errors, { rootDir: config.rootDir, cwd: process.cwd(), color: false })}`);
    }
  }
  const outFile = values.out;
  if (outFile) writeFileSync(path.resolve(outFile), `${formatChangesJson(changes)}\n`);
  if (changelogFile !== undefined) {
    const release = toRelease(changes, values.release ?? null, values.date ?? null);
    writeFileSync(changelogFile, formatChangelogJson(addRelease(changelog, release)));
    io.err(`Recorded ${changes.summary.changes} change(s) as release "${release.title}" in ${path.relative(process.cwd(), changelogFile) || changelogFile}.`);
  }
  if (format === 'json') io.out(formatChangesJson(changes));
  else if (format === 'markdown') io.out(formatChangesMarkdown(changes));
  else io.out(formatChangesText(changes, useColor()));
  return values['fail-on-breaking'] === true && changes.summary.breaking > 0 ? EXIT.failed : EXIT.ok;
}

/** Reads an existing changelog file (null when there is none yet); a broken one is a usage error. */
function readChangelogFile(file: string): Changelog | null {
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(CHECK_CODES.invalidChangelog, `Changelog ${file} is not valid JSON: ${(err as Error).message}`, 'Fix the JSON, or move the file away to start a new changelog.');
  }
  const parsed = parseChangelog(raw);
  if ('problem' in parsed) {
    throw new UserError(CHECK_CODES.invalidChangelog, `Changelog ${file} is not a webhook-docs changelog: ${parsed.problem}.`, 'It must be written by `webhook-docs diff --changelog` (see content/guides/ci.md).');
  }
  return parsed.changelog;
}
