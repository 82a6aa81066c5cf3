/**
 * `check --format github`: GitHub Actions workflow commands, so findings show as annotations on
 * the pull request's diff, then one plain summary line for the log.
 */
import { countLine } from '../format-diagnostics.ts';
import type { Diagnostic } from '../model.ts';
import { displayPath } from './display-path.ts';
import type { CheckResult } from './check-model.ts';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes a command's message, per @actions/core `escapeData`. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a command property value, per @actions/core `escapeProperty`. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error file=…,line=…,col=…,title=WD201::message` line (hint on a second line of the message). */
export function formatAnnotation(d: Diagnostic, opts: { rootDir: string; cwd: string }): string {
  const props: string[] = [];
  if (d.location) {
    props.push(`file=${escapeProperty(displayPath(d.location.file, opts.rootDir, opts.cwd))}`);
    props.push(`line=${d.location.line}`);
    props.push(`col=${d.location.column ?? 1}`);
  }
  props.push(`title=${escapeProperty(d.code)}`);
  const text = d.hint ? `${d.message}\nhint: ${d.hint}` : d.message;
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(text)}`;
}

/** All annotations, then `webhook-docs check: N errors, M warnings; event docs coverage …`. */
export function formatCheckGithub(result: CheckResult, opts: { rootDir: string; cwd: string }): string {
  const { events, fields } = result.coverage;
  const summary =
    `webhook-docs check: ${countLine(result.diagnostics)}; ` +
    `event docs coverage ${events.percent}% (${events.described}/${events.total}), ` +
    `field docs coverage ${fields.percent}% (${fields.described}/${fields.total}), minimum ${result.minCoverage}%`;
  return [...result.diagnostics.map((d) => formatAnnotation(d, opts)), summary].join('\n');
}
