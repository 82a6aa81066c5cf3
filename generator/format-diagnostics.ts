/**
 * Prints diagnostics the way compilers do:
 *   path:line:col - error WD101: message
 *     12 | source line
 *   hint: ...
 * ending with a count line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from './model.ts';

export interface FormatOptions {
  /** Absolute platform root: diagnostic files are relative to it. */
  rootDir: string;
  /** Paths are printed relative to this directory. */
  cwd: string;
  color: boolean;
}

const paint = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** Formats one diagnostic with its source line (when the file is readable) and hint. */
export function formatDiagnostic(d: Diagnostic, opts: FormatOptions, readLine = readSourceLine): string {
  const sev = paint(opts.color, d.severity === 'error' ? 31 : d.severity === 'warning' ? 33 : 36, d.severity);
  const lines: string[] = [];
  if (d.location) {
    const abs = path.resolve(opts.rootDir, d.location.file);
    const shown = path.relative(opts.cwd, abs).split(path.sep).join('/');
    const col = d.location.column ?? 1;
    lines.push(`${paint(opts.color, 36, `${shown}:${d.location.line}:${col}`)} - ${sev} ${d.code}: ${d.message}`);
    const src = readLine(abs, d.location.line);
    if (src !== undefined) {
      const num = String(d.location.line);
      lines.push(`  ${num} | ${src}`);
      lines.push(`  ${' '.repeat(num.length)} | ${' '.repeat(Math.max(0, col - 1))}${paint(opts.color, 31, '^')}`);
    }
  } else {
    lines.push(`${sev} ${d.code}: ${d.message}`);
  }
  if (d.snippet && !d.location) lines.push(`  ${d.snippet}`);
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join('\n');
}

/** Formats all diagnostics and a closing count (`2 errors, 1 warning`). */
export function formatDiagnostics(diags: readonly Diagnostic[], opts: FormatOptions): string {
  const body = diags.map((d) => formatDiagnostic(d, opts)).join('\n\n');
  return `${body}${body ? '\n\n' : ''}${countLine(diags)}`;
}

/** `N errors, M warnings` (infos are not counted). */
export function countLine(diags: readonly Diagnostic[]): string {
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.filter((d) => d.severity === 'warning').length;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

const fileCache = new Map<string, string[] | null>();
function readSourceLine(file: string, line: number): string | undefined {
  let lines = fileCache.get(file);
  if (lines === undefined) {
    try {
      lines = readFileSync(file, 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    fileCache.set(file, lines);
  }
  return lines?.[line - 1];
}
