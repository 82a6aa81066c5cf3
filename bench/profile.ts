/**
 * Profiles one webhook-docs command on a synthetic platform with `node --cpu-prof` and lists where the time goes:
 * by layer (ours / TypeScript / ts-morph / tsx / GC / ...), our functions by self time and by inclusive time.
 * Usage: `node --import tsx bench/profile.ts --events 1000 [--command extract|generate] [--profile file.cpuprofile]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeMonorepo } from './make-monorepo.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Which layer a frame belongs to. */
function layer(frame: CallFrame): string {
  const url = frame.url;
  if (frame.functionName === '(garbage collector)') return 'GC';
  if (frame.functionName === '(program)' || frame.functionName === '(idle)') return 'V8 (program/idle)';
  if (url.includes('/generator/')) return 'ours (generator/)';
  if (url.includes('@ts-morph/common') || url.includes('/typescript/')) return 'TypeScript compiler';
  if (url.includes('/ts-morph/')) return 'ts-morph';
  if (url.includes('/tsx/') || url.includes('esbuild')) return 'tsx (TS transpile at startup)';
  if (url.includes('/zod/')) return 'zod';
  if (url.includes('node_modules')) return `other deps (${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? '?'})`;
  if (url.startsWith('node:') || url === '') return 'node internals / native';
  return 'other';
}

const short = (f: CallFrame): string => {
  const file = f.url.replace(/^file:\/\//, '').replace(`${REPO}/`, '').replace(/\?.*$/, '');
  return `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
};

/** Summarizes a .cpuprofile as text. */
export function summarizeProfile(profile: CpuProfile, top = 20): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const layers = new Map<string, number>();
  const selfByFn = new Map<string, number>();
  const inclusiveByFn = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    layers.set(layer(node.callFrame), (layers.get(layer(node.callFrame)) ?? 0) + us);
    const key = short(node.callFrame);
    if (layer(node.callFrame).startsWith('ours')) selfByFn.set(key, (selfByFn.get(key) ?? 0) + us);
    // Inclusive: every distinct function of ours on the stack gets the sample once (recursion counted once).
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame;
      if (!layer(frame).startsWith('ours')) continue;
      const k = short(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusiveByFn.set(k, (inclusiveByFn.get(k) ?? 0) + us);
    }
  }
  const ms = (us: number): string => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
  const list = (m: Map<string, number>): string =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `${ms(us)}  ${k}`).join('\n');
  return [
    `Sampled CPU time: ${(total / 1000).toFixed(0)} ms (wall ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms)`,
    '',
    'By layer (self time):',
    list(layers),
    '',
    `Our functions by self time (top ${top}):`,
    list(selfByFn),
    '',
    `Our functions by inclusive time (time with them on the stack, top ${top}):`,
    list(inclusiveByFn),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000' },
      command: { type: 'string', default: 'extract' },
      profile: { type: 'string' },
      top: { type: 'string', default: '20' },
    },
    strict: true,
  });
  let profileFile = values.profile;
  const n = Number(values.events);
  if (!profileFile) {
    const mono = path.join(REPO, 'bench/out', `mono-${n}`);
    if (!existsSync(path.join(mono, 'bench-manifest.json'))) makeMonorepo({ events: n, outDir: mono });
    const dir = path.join(REPO, 'bench/out/prof', `${values.command}-${n}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const res = spawnSync(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', dir, path.join(REPO, 'generator/bin.mjs'), values.command, '--config', path.join(mono, 'webhook-docs.config.json')],
      // Through tsx, so that frames point at generator/*.ts (the bin otherwise runs a bundle in node_modules/.cache).
      { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WEBHOOK_DOCS_TSX: '1' } },
    );
    if (res.status !== 0) throw new Error(`webhook-docs ${values.command} exited with ${res.status}`);
    // The main thread's profile is the largest one (workers, if any, write their own).
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f));
    profileFile = files.sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
    if (!profileFile) throw new Error('no .cpuprofile written');
  }
  const text = summarizeProfile(JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile, Number(values.top));
  const out = path.join(REPO, 'bench/out', `profile-${values.command}-${n}.txt`);
  writeFileSync(out, `${profileFile}\n\n${text}\n`);
  process.stdout.write(`${text}\n\n(profile: ${path.relative(REPO, profileFile)}; summary: ${path.relative(REPO, out)})\n`);
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) await main();
