// `tsc --noEmit -p <dir>` done with the TypeScript that ts-morph bundles (6.0.x), so the extractor can also be
// compared with a type-check by the very compiler it runs on. Exit 1 when there are errors, like tsc.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { ts, getLibFiles } = require('@ts-morph/common');

// @ts-morph/common ships its lib.*.d.ts files as strings (ts-morph serves them from memory); serve them the same way.
const LIB_DIR = '/__ts6_lib__';
const libFiles = new Map(getLibFiles().map((f) => [path.posix.join(LIB_DIR, f.fileName), f.text]));

const project = process.argv[2];
if (!project) {
  process.stderr.write('Usage: node bench/lib/typecheck-ts6.mjs <project dir or tsconfig>\n');
  process.exit(2);
}
const configFile = project.endsWith('.json') ? project : path.join(project, 'tsconfig.json');
const parsed = ts.getParsedCommandLineOfConfigFile(configFile, { noEmit: true }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
if (!parsed) process.exit(2);
const host = ts.createCompilerHost(parsed.options);
host.getDefaultLibLocation = () => LIB_DIR;
host.getDefaultLibFileName = (options) => path.posix.join(LIB_DIR, ts.getDefaultLibFileName(options));
const { fileExists, readFile, getSourceFile } = host;
host.fileExists = (f) => libFiles.has(f) || fileExists.call(host, f);
host.readFile = (f) => libFiles.get(f) ?? readFile.call(host, f);
host.getSourceFile = (f, lang, onError, create) => {
  const text = libFiles.get(f);
  return text === undefined ? getSourceFile.call(host, f, lang, onError, create) : ts.createSourceFile(f, text, lang);
};
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences, host });
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length) {
  process.stderr.write(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' }));
  process.exit(1);
}
process.stdout.write(`TypeScript ${ts.version}: ${parsed.fileNames.length} files, no errors.\n`);
