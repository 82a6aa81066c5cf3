/** Runs one command and measures its wall time and peak RSS (GNU time's %M, else /proc VmHWM polling). */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** One measured run. */
export interface Run {
  wallMs: number;
  /** Peak resident set of the largest process of the tree, in MB; null when it could not be read. */
  peakRssMb: number | null;
  exitCode: number;
  /** Last lines of stderr when the command failed (for the report). */
  errorTail: string | null;
  /** True when V8 reported running out of heap. */
  oom: boolean;
}

export interface MeasureOptions {
  cwd: string;
  env?: Record<string, string>;
  /** File that receives stdout (kept for checks, e.g. the extracted model); stdout is dropped when absent. */
  stdoutFile?: string;
  /** File that receives stderr (kept as the run's log; the failure tail comes from it). */
  stderrFile: string;
}

const GNU_TIME = '/usr/bin/time';

/** How peak RSS is measured on this machine (named in the results). */
export const rssMethod = (): string => (existsSync(GNU_TIME) ? '/usr/bin/time -f %M (max RSS of the process tree\'s largest process)' : '/proc/<pid>/status VmHWM polled every 50 ms over the process tree');

/** Spawns `command args`, waits for it, and returns its time and peak memory. */
export async function measure(command: string, args: string[], options: MeasureOptions): Promise<Run> {
  mkdirSync(path.dirname(options.stderrFile), { recursive: true });
  const timeFile = `${options.stderrFile}.time`;
  rmSync(timeFile, { force: true });
  const useGnuTime = existsSync(GNU_TIME);
  const [cmd, cmdArgs] = useGnuTime ? [GNU_TIME, ['-o', timeFile, '-f', '%M', command, ...args]] : [command, args];
  const out = options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'ignore';
  const err = openSync(options.stderrFile, 'w');
  const start = performance.now();
  const child = spawn(cmd, cmdArgs, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', out, err],
  });
  let polledKb = 0;
  const poller = useGnuTime
    ? null
    : setInterval(() => {
        if (child.pid !== undefined) polledKb = Math.max(polledKb, treeHwmKb(child.pid));
      }, 50);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  const wallMs = performance.now() - start;
  if (poller) clearInterval(poller);
  if (typeof out === 'number') closeSync(out);
  closeSync(err);
  let peakKb: number | null = polledKb || null;
  if (useGnuTime && existsSync(timeFile)) {
    // GNU time prints "Command exited with non-zero status N" before the format line on failure.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const kb = Number(last);
    peakKb = Number.isFinite(kb) && kb > 0 ? kb : null;
  }
  const stderr = readFileSync(options.stderrFile, 'utf8');
  const oom = /heap out of memory|Allocation failed - JavaScript heap/i.test(stderr);
  return {
    wallMs,
    peakRssMb: peakKb === null ? null : peakKb / 1024,
    exitCode,
    errorTail: exitCode === 0 ? null : stderr.trim().split('\n').slice(-12).join('\n'),
    oom,
  };
}

/** Sum over a process tree would overstate memory shared by forks; take the largest single VmHWM, like GNU time. */
function treeHwmKb(pid: number): number {
  let max = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const m = /VmHWM:\s+(\d+)/.exec(status);
      if (m) max = Math.max(max, Number(m[1]));
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between two reads
    }
  }
  return max;
}

/** Writes a file, creating its directory. */
export function writeFileMkdir(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
