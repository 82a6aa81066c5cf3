/**
 * Runs one command and measures its wall time, CPU time (user + sys of the whole tree, GNU time's %U + %S) and
 * peak RSS (GNU time's %M, else /proc VmHWM polling). CPU time is the steadier number on a shared machine:
 * waiting for a core counts in wall time, not in CPU time.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** One measured run. */
export interface Run {
  wallMs: number;
  /** User + system CPU time of the command and its children; null without GNU time. */
  cpuMs: number | null;
  /** Peak resident set of the largest process of the tree, in MB; null when it could not be read. */
  peakRssMb: number | null;
  exitCode: number;
  /** Last lines of stderr when the command failed (for the report). */
  errorTail: string | null;
  /** True when V8 reported running out of heap. */
  oom: boolean;
  /** True when the run was killed for exceeding its time limit. */
  timedOut: boolean;
}

export interface MeasureOptions {
  cwd: string;
  env?: Record<string, string>;
  /** File that receives stdout (kept for checks, e.g. the extracted model); stdout is dropped when absent. */
  stdoutFile?: string;
  /** File that receives stderr (kept as the run's log; the failure tail comes from it). */
  stderrFile: string;
  /** Kill the command's process group after this long (the run then counts as failed). */
  timeoutMs?: number;
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
  const [cmd, cmdArgs] = useGnuTime ? [GNU_TIME, ['-o', timeFile, '-f', '%M %U %S', command, ...args]] : [command, args];
  const out = options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'ignore';
  const err = openSync(options.stderrFile, 'w');
  const start = performance.now();
  const child = spawn(cmd, cmdArgs, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', out, err],
    // Own process group, so a timeout kills the whole tree (GNU time, node, astro's workers) and nothing else.
    detached: true,
  });
  let timedOut = false;
  const timer =
    options.timeoutMs === undefined
      ? null
      : setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) {
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {
              // already gone
            }
          }
        }, options.timeoutMs);
  let polledKb = 0;
  const poller = useGnuTime
    ? null
    : setInterval(() => {
        if (child.pid !== undefined) polledKb = Math.max(polledKb, treeHwmKb(child.pid));
      }, 50);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  const wallMs = performance.now() - start;
  if (poller) clearInterval(poller);
  if (timer) clearTimeout(timer);
  if (typeof out === 'number') closeSync(out);
  closeSync(err);
  let peakKb: number | null = polledKb || null;
  let cpuMs: number | null = null;
  if (useGnuTime && existsSync(timeFile)) {
    // GNU time prints "Command exited with non-zero status N" before the format line on failure.
    const [kb, user, sys] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    peakKb = kb !== undefined && Number.isFinite(kb) && kb > 0 ? kb : null;
    cpuMs = user !== undefined && sys !== undefined && Number.isFinite(user + sys) ? (user + sys) * 1000 : null;
  }
  const stderr = readFileSync(options.stderrFile, 'utf8');
  const oom = /heap out of memory|Allocation failed - JavaScript heap/i.test(stderr);
  return {
    wallMs,
    cpuMs,
    peakRssMb: peakKb === null ? null : peakKb / 1024,
    exitCode,
    errorTail: timedOut
      ? `killed after ${Math.round((options.timeoutMs ?? 0) / 60_000)} min (--timeout-min)`
      : exitCode === 0
        ? null
        : stderr.trim().split('\n').slice(-12).join('\n'),
    oom,
    timedOut,
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
