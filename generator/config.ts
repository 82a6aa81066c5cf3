/**
 * The config file: `webhook-docs.config.(ts|json)`, validated with zod at the border.
 * Another platform is onboarded by config alone: everything platform-specific lives here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { UserError } from './errors.ts';
import { parseWithFriendlyErrors } from './friendly-errors.ts';

/** Where an argument sits in a call: a 0-based position, or a property path inside the first object argument (`payload`, `body.event`). */
const argumentRef = z.union([
  z.number().int().nonnegative(),
  z.string().regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/, 'must be a 0-based argument index or a property path such as "payload" or "body.event"'),
]);

const relativePath = z.string().min(1);

const dispatcherSchema = z
  .object({
    /** Exported name of the dispatch function (or method name for `obj.method(...)` calls). */
    name: z.string().min(1),
    /** File (relative to root) that declares it, so a same-named function elsewhere is not mistaken for it. */
    module: relativePath.optional(),
    event: argumentRef,
    payload: argumentRef,
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    /** The platform's repository root, relative to the config file. */
    root: relativePath.default('.'),
    /** tsconfig of the platform, relative to root. */
    tsconfig: relativePath.default('tsconfig.json'),
    catalog: z
      .object({
        /** File (relative to root) that exports the catalog. */
        file: relativePath,
        /** The export: an `as const` array, an object map, a string enum or a union type alias. */
        export: z.string().min(1),
      })
      .strict(),
    dispatchers: z.array(dispatcherSchema).min(1),
    retryPolicy: z
      .object({
        file: relativePath,
        /** Export holding the delay before each retry (an array of numbers). */
        delays: z.string().min(1),
        /** Unit of the numbers in `delays`. */
        unit: z.enum(['ms', 's']).default('ms'),
        /** Export holding the total number of attempts. */
        maxAttempts: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    envelope: z
      .object({
        file: relativePath,
        /** Exported type (interface or alias) of the delivered envelope. */
        type: z.string().min(1),
        /** Export holding the size limit in bytes above which a pointer envelope is sent. */
        maxBytes: z.string().min(1).optional(),
        /** Export holding the identifier fields a pointer envelope keeps (array of strings). */
        pointerFields: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    site: z
      .object({
        title: z.string().min(1),
        description: z.string().default(''),
        /** Absolute URL the site is deployed at (canonical links, AsyncAPI servers). */
        url: z.string().url().optional(),
        /** Link to a source line: `{file}` and `{line}` are replaced. */
        sourceUrl: z
          .string()
          .refine((s) => s.includes('{file}'), { message: 'must contain the {file} placeholder' })
          .optional(),
      })
      .strict(),
    /** Where content/ and public/ are written, relative to the config file. */
    outDir: relativePath.default('.'),
    /** Changelog JSON written by `webhook-docs diff --changelog`, relative to the config file (default: `webhook-docs.changelog.json` beside it, when present). */
    changelog: relativePath.optional(),
    coverage: z
      .object({
        /** `check` fails when fewer than this percentage of events have a description. */
        minEvents: z.number().min(0).max(100).default(0),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type DispatcherConfig = Config['dispatchers'][number];

/** The config with every path made absolute; what the pipeline receives. */
export interface ResolvedConfig extends Config {
  /** Absolute path of the config file (or a virtual one for programmatic use). */
  configFile: string;
  /** Absolute platform root. */
  rootDir: string;
  /** Absolute output directory (content/ and public/ go below it). */
  outputDir: string;
}

export const CONFIG_FILE_NAMES = ['webhook-docs.config.ts', 'webhook-docs.config.json'] as const;

/** Finds, reads and validates the config; throws UserError naming the key on any problem. */
export async function loadConfig(explicitPath?: string, cwd = process.cwd()): Promise<ResolvedConfig> {
  const file = explicitPath
    ? path.resolve(cwd, explicitPath)
    : CONFIG_FILE_NAMES.map((n) => path.join(cwd, n)).find((p) => existsSync(p));
  if (!file) {
    throw new UserError('WD001', `No config file found in ${cwd}.`, `Create ${CONFIG_FILE_NAMES[1]} or pass --config <file>.`);
  }
  if (!existsSync(file)) {
    throw new UserError('WD001', `Config file ${path.relative(cwd, file) || file} does not exist.`, 'Check the --config path.');
  }
  return resolveConfig(await readConfigFile(file), file);
}

async function readConfigFile(file: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new UserError('WD002', `Config file ${file} is not valid JSON: ${(err as Error).message}`, 'Fix the JSON syntax.');
    }
  }
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (err) {
    // A config module that fails to compile or throws is the user's mistake: no stack trace.
    const first = String((err as Error).message ?? err).split('\n')[0];
    throw new UserError('WD002', `Config file ${file} could not be loaded: ${first}`, 'Fix the error in the config module (or use webhook-docs.config.json).');
  }
  if (mod.default === undefined) {
    throw new UserError('WD002', `Config file ${file} has no default export.`, 'Write `export default { ... }`.');
  }
  return mod.default;
}

/** Validates raw config data and resolves its paths against the config file's directory. */
export function resolveConfig(raw: unknown, configFile: string): ResolvedConfig {
  const config = parseWithFriendlyErrors(configSchema, raw, `Invalid config in ${configFile}`);
  const configDir = path.dirname(configFile);
  const rootDir = path.resolve(configDir, config.root);
  const outputDir = path.resolve(configDir, config.outDir);
  assertInside(
    rootDir,
    [
      ['tsconfig', config.tsconfig],
      ['catalog.file', config.catalog.file],
      ['retryPolicy.file', config.retryPolicy?.file],
      ['envelope.file', config.envelope?.file],
      ...config.dispatchers.map((d, i): [string, string | undefined] => [`dispatchers.${i}.module`, d.module]),
    ],
    configFile,
  );
  // The output (content/, public/, whose generated files may be deleted) stays below the config file.
  assertInside(configDir, [['outDir', config.outDir], ['changelog', config.changelog]], configFile, 'the config file\'s directory');
  return { ...config, configFile, rootDir, outputDir };
}

function assertInside(rootDir: string, relPaths: [key: string, rel: string | undefined][], configFile: string, base = 'root'): void {
  for (const [key, rel] of relPaths) {
    if (rel === undefined) continue;
    const fromRoot = path.relative(rootDir, path.resolve(rootDir, rel));
    // `..` or `../x` escapes; a file named `..x` does not.
    const escapes = fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot);
    if (escapes || path.isAbsolute(rel) || rel.includes('\0')) {
      throw new UserError(
        'WD003',
        `Config path "${rel}" (key \`${key}\`) in ${configFile} points outside ${base} ${rootDir}.`,
        `Make \`${key}\` a path relative to ${base === 'root' ? '`root`' : base} that stays inside it.`,
      );
    }
  }
}
