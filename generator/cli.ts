/**
 * The CLI: a thin shell over the API. Parses flags, prints, maps exit codes:
 * 0 ok, 1 check failed (stale output, findings), 2 usage/config error.
 */
import { parseArgs } from 'node:util';

type FlagOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;
import { loadConfig, type ResolvedConfig } from './config.ts';
import { UserError } from './errors.ts';
import { formatDiagnostics } from './format-diagnostics.ts';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const USAGE = `Usage: webhook-docs <command> [options]

Commands:
  generate [--check]        write content/ and public/ from the source (--check: write nothing, exit 1 if stale)
  extract                   print the model (IR) as JSON on stdout
  check [--format text|json|github] [--fail-on error|warning] [--min-coverage <pct>] [--skip-stale]
                            drift between catalog and dispatch sites, docs coverage
  diff --base <ref> [--head <ref>] [--format text|json|markdown] [--fail-on-breaking] [--out <file>]
       [--changelog <file> [--release <title>] [--date YYYY-MM-DD]]
                            schema changelog between two git refs

Options:
  --config <file>           config file (default: webhook-docs.config.ts or .json in the current directory)
  -h, --help                this text

Exit codes: 0 ok, 1 check failed, 2 usage or config error.`;

/** Where the CLI prints: stdout and stderr, or a test's buffers. */
export type Io = { out: (s: string) => void; err: (s: string) => void };

/** Runs the CLI and returns the exit code (never throws for user mistakes). */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') {
    io.out(USAGE);
    return command ? EXIT.ok : EXIT.usage;
  }
  try {
    switch (command) {
      case 'generate':
        return await generateCommand(rest, io);
      case 'extract':
        return await extractCommand(rest, io);
      // NOTE: commands load their modules lazily: ts-morph and the emitters cost ~0.7 s of start-up (bench/RESULTS.md).
      case 'check':
        return await (await import('./check/commands.ts')).runCheckCommand(rest, io);
      case 'diff':
        return await (await import('./check/commands.ts')).runDiffCommand(rest, io);
      default:
        throw new UserError('WD000', `Unknown command "${command}".`, 'Run `webhook-docs --help` for the list of commands.');
    }
  } catch (err) {
    if (err instanceof UserError) {
      const where = err.location ? `${err.location.file}:${err.location.line}:${err.location.column ?? 1} - ` : '';
      io.err(`${where}error ${err.code}: ${err.message}${err.hint ? `\n  hint: ${err.hint}` : ''}`);
      return EXIT.usage;
    }
    throw err;
  }
}

const defaultIo: Io = {
  out: (s) => void process.stdout.write(`${s}\n`),
  err: (s) => void process.stderr.write(`${s}\n`),
};

/** Parses flags with node:util, turning its errors into UserErrors. */
export function parseFlags<const T extends FlagOptions>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, config: { type: 'string' as const } }, allowPositionals: false, strict: true });
  } catch (err) {
    throw new UserError('WD000', (err as Error).message, 'Run `webhook-docs --help` for the options.');
  }
}

/** Loads the config named by --config (or the default one). */
export function configFrom(values: { config?: string | boolean | (string | boolean)[] | undefined }): Promise<ResolvedConfig> {
  return loadConfig(typeof values.config === 'string' ? values.config : undefined);
}

async function extractCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags(args, {});
  const config = await configFrom(values);
  const { extract } = await import('./extract/index.ts');
  const model = extract(config);
  io.out(JSON.stringify(model, null, 2));
  return EXIT.ok;
}

async function generateCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags(args, { check: { type: 'boolean', default: false } });
  const config = await configFrom(values);
  const [{ extract }, { emit }] = await Promise.all([import('./extract/index.ts'), import('./emit/index.ts')]);
  const model = extract(config);
  const result = await emit(model, config, { check: values.check === true });
  const diags = [...model.diagnostics, ...result.diagnostics];
  if (diags.length) io.err(formatDiagnostics(diags, { rootDir: config.rootDir, cwd: process.cwd(), color: process.stderr.isTTY === true }));
  if (result.diagnostics.some((d) => d.severity === 'error')) return EXIT.failed;
  // Errors in the source (syntax errors, unresolved events) still let the rest be written, but an
  // unattended CI run must not pass silently with them.
  const sourceErrors = model.diagnostics.some((d) => d.severity === 'error');
  if (values.check) {
    if (result.stale.length) {
      io.err(`${result.stale.length} generated file(s) are stale:\n${result.stale.map((f) => `  ${f}`).join('\n')}\n  hint: run \`webhook-docs generate\` and commit the result.`);
      return EXIT.failed;
    }
    io.out('Generated output is up to date.');
    return sourceErrors ? EXIT.failed : EXIT.ok;
  }
  io.out(`Wrote ${result.written.length} file(s), deleted ${result.deleted.length}, ${result.unchanged} unchanged (${model.events.length} events).`);
  return sourceErrors ? EXIT.failed : EXIT.ok;
}
