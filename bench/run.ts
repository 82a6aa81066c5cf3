/**
 * `npm run bench`: for each size, generates a synthetic platform (bench/make-monorepo.ts) and measures, side by side
 * and alternating, `webhook-docs extract` vs `tsc --noEmit`, `webhook-docs generate` (full, no-op, one service file
 * touched), and `astro build` of our site vs a bare Starlight site with the same pages' text; peak RSS of each;
 * page and dist sizes. Prints a table, the fitted scaling exponents, and writes bench/results.json.
 * Flags: --sizes 185,1000,2000,5000 (default) --reps 3 (sizes below --big-from) --big-reps 1 --big-from 2000
 *        --quick (185 only, 1 rep) --phases typecheck,generate,build
 *        --bare-max 2000 (no bare Starlight build above this size: at 5,000 it needs > 12 GB and many minutes)
 *        --incremental-max 2000 (no no-op / one-file-touched generate runs above this size)
 *        --keep-mono (reuse bench/out/mono-<N> and the site generated in it, e.g. with --phases build)
 *        --timeout-min 30 (kill any one command after this many minutes; the run is recorded as failed).
 *        --fresh (drop the sizes earlier runs left in bench/results.json).
 * Results are written after every phase, so an interrupted run keeps what it measured. Sizes already in
 * bench/results.json that this run does not measure are kept (so sizes can run separately or side by side), and a
 * size re-run with fewer --phases keeps the other phases from the earlier run (listed in `carriedOver`).
 * Wall time and CPU time (user + sys) are both recorded: on a shared machine the CPU-time ratios are the steadier ones.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeMonorepo, type Manifest } from './make-monorepo.ts';
import { astroPhases, type AstroPhases } from './lib/astro-phases.ts';
import { writeBareSite } from './lib/bare-site.ts';
import { measure, rssMethod, type Run } from './lib/measure.ts';
import { cleanBuild, dirSize, prepareOurSite } from './lib/site-dir.ts';
import { median, ratio, round, scalingExponent, summarize, type Stat } from './lib/stats.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(REPO, 'bench/out');
const NODE = process.execPath;
const TSC = path.join(REPO, 'node_modules/typescript/bin/tsc');
const TSC6 = path.join(REPO, 'bench/lib/typecheck-ts6.mjs');
const CLI = path.join(REPO, 'generator/bin.mjs');
const ASTRO = path.join(REPO, 'node_modules/astro/astro.js');
/** The Node options `npm run build:site` gives astro (package.json), so both sites are built the way users build. */
const SITE_NODE_OPTIONS = siteNodeOptions();
const PHASES = ['typecheck', 'generate', 'build'] as const;
type Phase = (typeof PHASES)[number];

interface Options {
  sizes: number[];
  reps: number;
  bigReps: number;
  bigFrom: number;
  phases: Set<Phase>;
  bareMax: number;
  incrementalMax: number;
  timeoutMs: number;
  fresh: boolean;
  keepMono: boolean;
}

/** Page sizes of one built site. */
interface PageSizes {
  /** The first catalog event's page, `dist/events/<name>/index.html`. */
  firstEvent: { name: string; bytes: number } | null;
  medianEventBytes: number | null;
  maxEvent: { name: string; bytes: number } | null;
  eventPagesFound: number;
  distBytes: number;
  distFiles: number;
}

interface SizeResult {
  events: number;
  /** Set while the size is still being measured (a run killed mid-size leaves this). */
  partial?: boolean;
  /** Runs per command at this size (big sizes run fewer). */
  reps: number;
  groups: number;
  serviceFiles: number;
  sourceLines: number;
  loadAverage: { before: number[]; after: number[] };
  extractCheck: { events: number | null; inCatalog: number | null; withPayload: number | null; diagnostics: number | null; error: string | null } | null;
  tsc: Stat | null;
  tscTs6: Stat | null;
  extract: Stat | null;
  extractOverTsc: number | null;
  extractOverTscTs6: number | null;
  generateFull: Stat | null;
  generateNoop: Stat | null;
  generateTouched: Stat | null;
  touchedOverFull: number | null;
  buildOurs: Stat | null;
  buildBare: Stat | null;
  buildOursOverBare: number | null;
  /** The same ratios on user + sys CPU time (steadier than wall time when the machine is shared). */
  cpuRatios: { extractOverTsc: number | null; extractOverTscTs6: number | null; touchedOverFull: number | null; buildOursOverBare: number | null };
  /** Astro's own phase timings (median over the runs), to tell bundling from rendering. */
  phasesOurs: AstroPhases | null;
  phasesBare: AstroPhases | null;
  generatePlusBuildMs: number | null;
  generatePlusBuildPeakRssMb: number | null;
  pagesOurs: PageSizes | null;
  pagesBare: PageSizes | null;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      reps: { type: 'string' },
      quick: { type: 'boolean', default: false },
      phases: { type: 'string', default: PHASES.join(',') },
      'bare-max': { type: 'string', default: '2000' },
      'incremental-max': { type: 'string', default: '2000' },
      'big-from': { type: 'string', default: '2000' },
      'big-reps': { type: 'string', default: '1' },
      'timeout-min': { type: 'string', default: '30' },
      fresh: { type: 'boolean', default: false },
      'keep-mono': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const sizes = (values.sizes ?? (values.quick ? '185' : '185,1000,2000,5000')).split(',').map(Number);
  const reps = Number(values.reps ?? (values.quick ? 1 : 3));
  const bigReps = Number(values['big-reps']);
  const numbers = [bigReps, Number(values['big-from']), Number(values['bare-max']), Number(values['timeout-min'])];
  if (numbers.some((v) => !Number.isFinite(v) || v < 1)) throw new Error('--big-reps, --big-from, --bare-max and --timeout-min take positive numbers');
  const phases = new Set(values.phases.split(',').map((p) => p.trim()));
  for (const p of phases) if (!PHASES.includes(p as Phase)) throw new Error(`Unknown phase "${p}" (expected ${PHASES.join(', ')})`);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(reps) || reps < 1) throw new Error('--sizes and --reps take positive integers');
  return {
    sizes,
    reps,
    bigReps,
    bigFrom: Number(values['big-from']),
    phases: phases as Set<Phase>,
    bareMax: Number(values['bare-max']),
    incrementalMax: Number(values['incremental-max']),
    timeoutMs: Number(values['timeout-min']) * 60_000,
    fresh: values.fresh,
    keepMono: values['keep-mono'],
  };
}

// One log per run (bench/out/bench-<sizes>.log): runs of different sizes may go side by side.
let logFile = path.join(OUT, 'bench.log');
const log = (s: string): void => {
  process.stdout.write(`${s}\n`);
  appendFileSync(logFile, `${new Date().toISOString()} ${s}\n`);
};

const fmtS = (ms: number | null): string => (ms === null ? '—' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}`);
const fmtStat = (s: Stat | null): string =>
  !s ? '—' : s.medianMs === null ? `failed (${s.failures}/${s.runs})` : `${fmtS(s.medianMs)} (${fmtS(s.minMs)}–${fmtS(s.maxMs)})`;
const fmtMb = (mb: number | null): string => (mb === null ? '—' : mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${Math.round(mb)} MB`);
const fmtKb = (b: number | null | undefined): string => (b === null || b === undefined ? '—' : `${(b / 1024).toFixed(1)} KB`);

/** Runs `reps` rounds of several commands, rotating their order each round so drift and warm caches hit all alike. */
async function alternate(
  reps: number,
  jobs: { label: string; before?: () => void; run: (rep: number) => Promise<Run> }[],
): Promise<Map<string, Run[]>> {
  const runs = new Map<string, Run[]>(jobs.map((j) => [j.label, []]));
  for (let rep = 0; rep < reps; rep++) {
    const order = jobs.map((_, i) => jobs[(i + rep) % jobs.length]!);
    for (const job of order) {
      job.before?.();
      const run = await job.run(rep);
      runs.get(job.label)!.push(run);
      log(`  ${job.label} #${rep + 1}: ${fmtS(run.wallMs)} s (CPU ${fmtS(run.cpuMs)} s), ${fmtMb(run.peakRssMb)}${run.exitCode ? ` — exit ${run.exitCode}${run.oom ? ' (out of memory)' : ''}` : ''}`);
      if (run.errorTail) log(run.errorTail.split('\n').map((l) => `    | ${l}`).join('\n'));
    }
  }
  return runs;
}

function countLines(dir: string): number {
  let lines = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) lines += readFileSync(path.join(entry.parentPath, entry.name), 'utf8').split('\n').length;
  }
  return lines;
}

function pageSizes(distDir: string, manifest: Manifest): PageSizes | null {
  if (!existsSync(distDir)) return null;
  const sizes: { name: string; bytes: number }[] = [];
  for (const e of manifest.events) {
    const file = path.join(distDir, 'events', e.name, 'index.html');
    if (existsSync(file)) sizes.push({ name: e.name, bytes: statSync(file).size });
  }
  const first = manifest.events[0] ? sizes.find((s) => s.name === manifest.events[0]!.name) ?? null : null;
  const max = sizes.reduce<{ name: string; bytes: number } | null>((m, s) => (!m || s.bytes > m.bytes ? s : m), null);
  const dist = dirSize(distDir);
  return {
    firstEvent: first,
    medianEventBytes: median(sizes.map((s) => s.bytes)),
    maxEvent: max,
    eventPagesFound: sizes.length,
    distBytes: dist.bytes,
    distFiles: dist.files,
  };
}

function checkExtractOutput(file: string): SizeResult['extractCheck'] {
  try {
    const model = JSON.parse(readFileSync(file, 'utf8')) as { events: { inCatalog: boolean; payloadSchema: unknown }[]; diagnostics: unknown[] };
    return {
      events: model.events.length,
      inCatalog: model.events.filter((e) => e.inCatalog).length,
      withPayload: model.events.filter((e) => e.payloadSchema !== null).length,
      diagnostics: model.diagnostics.length,
      error: null,
    };
  } catch (err) {
    return { events: null, inCatalog: null, withPayload: null, diagnostics: null, error: (err as Error).message.slice(0, 200) };
  }
}

/** Measures one size; `progress` gets the partial result after each phase (so a killed run keeps what it has). */
async function benchSize(n: number, all: Options, progress: (partial: SizeResult) => void): Promise<SizeResult> {
  // Big sizes run once: a 5,000-event build takes many minutes on a shared 2-core machine.
  const options = { ...all, reps: n >= all.bigFrom ? Math.min(all.reps, all.bigReps) : all.reps };
  const timeoutMs = options.timeoutMs;
  const mono = path.join(OUT, `mono-${n}`);
  const site = path.join(mono, 'site');
  const bare = path.join(OUT, `bare-${n}`);
  const logs = path.join(OUT, 'logs', String(n));
  rmSync(logs, { recursive: true, force: true });
  const config = path.join(mono, 'webhook-docs.config.json');
  const manifestFile = path.join(mono, 'bench-manifest.json');
  // --keep-mono reuses a monorepo (and the site generated in it) from an earlier run, e.g. to build only.
  const manifest =
    options.keepMono && existsSync(manifestFile)
      ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest)
      : makeMonorepo({ events: n, outDir: mono });
  const result: SizeResult = {
    events: n,
    reps: options.reps,
    groups: manifest.groups.length,
    serviceFiles: manifest.serviceFiles.length,
    sourceLines: countLines(mono),
    loadAverage: { before: os.loadavg().map(round), after: [] },
    extractCheck: null,
    tsc: null,
    tscTs6: null,
    extract: null,
    extractOverTsc: null,
    extractOverTscTs6: null,
    generateFull: null,
    generateNoop: null,
    generateTouched: null,
    touchedOverFull: null,
    buildOurs: null,
    buildBare: null,
    buildOursOverBare: null,
    cpuRatios: { extractOverTsc: null, extractOverTscTs6: null, touchedOverFull: null, buildOursOverBare: null },
    phasesOurs: null,
    phasesBare: null,
    generatePlusBuildMs: null,
    generatePlusBuildPeakRssMb: null,
    pagesOurs: null,
    pagesBare: null,
  };
  log(`== ${n} events (${options.reps} rep(s)): ${result.groups} groups, ${result.serviceFiles} service files, ${result.sourceLines} lines of TypeScript`);
  const io = (label: string, rep: number) => ({
    timeoutMs,
    stderrFile: path.join(logs, `${label}-${rep + 1}.stderr`),
    stdoutFile: path.join(logs, `${label}-${rep + 1}.stdout`),
  });

  if (options.phases.has('typecheck')) {
    const extractOut = path.join(logs, 'extract.json');
    const runs = await alternate(options.reps, [
      { label: 'tsc --noEmit', run: (r) => measure(NODE, [TSC, '--noEmit', '-p', mono], { cwd: REPO, ...io('tsc', r) }) },
      { label: 'tsc (TS 6 of ts-morph)', run: (r) => measure(NODE, [TSC6, mono], { cwd: REPO, ...io('tsc6', r) }) },
      { label: 'webhook-docs extract', run: (r) => measure(NODE, [CLI, 'extract', '--config', config], { cwd: REPO, ...io('extract', r), stdoutFile: extractOut }) },
    ]);
    result.tsc = summarize(runs.get('tsc --noEmit')!);
    result.tscTs6 = summarize(runs.get('tsc (TS 6 of ts-morph)')!);
    result.extract = summarize(runs.get('webhook-docs extract')!);
    result.extractOverTsc = ratio(result.extract.medianMs, result.tsc.medianMs);
    result.cpuRatios.extractOverTsc = ratio(result.extract.cpuMedianMs, result.tsc.cpuMedianMs);
    result.cpuRatios.extractOverTscTs6 = ratio(result.extract.cpuMedianMs, result.tscTs6.cpuMedianMs);
    result.extractOverTscTs6 = ratio(result.extract.medianMs, result.tscTs6.medianMs);
    result.extractCheck = checkExtractOutput(extractOut);
    log(`  extract found ${result.extractCheck?.events ?? '?'} events (${result.extractCheck?.inCatalog ?? '?'} in catalog, manifest has ${manifest.events.length})`);
  }

  let generated = false;
  progress(result);
  if (options.phases.has('generate')) {
    const generate = (label: string, r: number) => measure(NODE, [CLI, 'generate', '--config', config], { cwd: REPO, ...io(label, r) });
    const full = await alternate(options.reps, [
      {
        label: 'generate (full)',
        before: () => ['content', 'public'].forEach((d) => rmSync(path.join(site, d), { recursive: true, force: true })),
        run: (r) => generate('generate-full', r),
      },
    ]);
    const fullRuns = full.get('generate (full)')!;
    generated = fullRuns.some((r) => r.exitCode === 0) && fullRuns[fullRuns.length - 1]!.exitCode === 0;
    result.generateFull = summarize(fullRuns);
    if (generated && n <= options.incrementalMax) {
      const noop = await alternate(options.reps, [{ label: 'generate (no change)', run: (r) => generate('generate-noop', r) }]);
      result.generateNoop = summarize(noop.get('generate (no change)')!);
      // Touch one service file (a content change, so a content-keyed cache must notice it), regenerate, restore.
      const touched = path.join(mono, manifest.serviceFiles[Math.floor(manifest.serviceFiles.length / 2)]!);
      const original = readFileSync(touched, 'utf8');
      const touchRuns = await alternate(options.reps, [
        {
          label: 'generate (1 service file changed)',
          before: () => writeFileSync(touched, `${original}\n// bench: touched at ${Date.now()}\n`),
          run: (r) => generate('generate-touched', r),
        },
      ]);
      writeFileSync(touched, original);
      // The touch only appended a comment, so the generated output already matches the restored file.
      result.generateTouched = summarize(touchRuns.get('generate (1 service file changed)')!, [`touched ${path.relative(mono, touched)}`]);
      result.touchedOverFull = ratio(result.generateTouched.medianMs, result.generateFull.medianMs);
      result.cpuRatios.touchedOverFull = ratio(result.generateTouched.cpuMedianMs, result.generateFull.cpuMedianMs);
    }
  }

  progress(result);
  if (options.phases.has('build')) {
    const jobs: Parameters<typeof alternate>[1] = [];
    if (generated || existsSync(path.join(site, 'content/sidebar.json'))) {
      prepareOurSite(site, REPO);
      jobs.push({
        label: 'astro build (ours)',
        before: () => cleanBuild(site),
        // The heap `npm run build:site` gives astro (package.json), so the bench measures what users run.
        run: (r) => measure(NODE, [...SITE_NODE_OPTIONS, ASTRO, 'build', '--root', site], { cwd: site, env: { WEBHOOK_DOCS_SITE_URL: 'https://docs.synthetic.example' }, ...io('build-ours', r) }),
      });
    } else {
      log('  (no generated content: our site is not built)');
    }
    if (n <= options.bareMax) {
      writeBareSite(manifest, bare, REPO);
      jobs.push({
        label: 'astro build (bare Starlight)',
        before: () => cleanBuild(bare),
        run: (r) => measure(NODE, [...SITE_NODE_OPTIONS, ASTRO, 'build', '--root', bare], { cwd: bare, ...io('build-bare', r) }),
      });
    } else {
      log(`  (bare Starlight site not built above --bare-max ${options.bareMax})`);
    }
    const runs = await alternate(options.reps, jobs);
    const ours = runs.get('astro build (ours)');
    if (ours) {
      const notes = [
        ...(ours.some((r) => r.oom) ? ['ran out of memory at the default heap'] : []),
        ...(ours.some((r) => r.timedOut) ? ['killed at the --timeout-min limit'] : []),
      ];
      result.buildOurs = summarize(ours, notes);
      result.pagesOurs = pageSizes(path.join(site, 'dist'), manifest);
    }
    const bareRuns = runs.get('astro build (bare Starlight)');
    if (bareRuns) {
      result.buildBare = summarize(bareRuns, [
        ...(bareRuns.some((r) => r.oom) ? ['ran out of memory'] : []),
      ]);
      result.pagesBare = pageSizes(path.join(bare, 'dist'), manifest);
      result.phasesBare = medianPhases(logs, 'build-bare', options.reps);
    }
    if (ours) result.phasesOurs = medianPhases(logs, 'build-ours', options.reps);
    result.buildOursOverBare = ratio(result.buildOurs?.medianMs ?? null, result.buildBare?.medianMs ?? null);
    result.cpuRatios.buildOursOverBare = ratio(result.buildOurs?.cpuMedianMs ?? null, result.buildBare?.cpuMedianMs ?? null);
    if (result.generateFull?.medianMs != null && result.buildOurs?.medianMs != null) {
      result.generatePlusBuildMs = round(result.generateFull.medianMs + result.buildOurs.medianMs);
      result.generatePlusBuildPeakRssMb = Math.max(result.generateFull.peakRssMb ?? 0, result.buildOurs.peakRssMb ?? 0);
    }
  }
  result.loadAverage.after = os.loadavg().map(round);
  return result;
}

function medianPhases(logs: string, label: string, reps: number): AstroPhases | null {
  const all: AstroPhases[] = [];
  for (let r = 1; r <= reps; r++) {
    const file = path.join(logs, `${label}-${r}.stdout`);
    if (existsSync(file)) all.push(astroPhases(readFileSync(file, 'utf8')));
  }
  if (!all.length) return null;
  const pick = (k: keyof AstroPhases): number | null => {
    const m = median(all.map((p) => p[k]).filter((v): v is number => v !== null));
    return m === null ? null : round(m);
  };
  return { syncS: pick('syncS'), bundleS: pick('bundleS'), renderS: pick('renderS'), pagefindS: pick('pagefindS'), totalS: pick('totalS'), pages: pick('pages') };
}

function phaseTable(results: SizeResult[]): string {
  const rows = ['| events | site | sync s | bundle (vite) s | render s | pagefind s | astro total s | pages |', '| --: | --- | --: | --: | --: | --: | --: | --: |'];
  for (const r of results) {
    for (const [site, p] of [['ours', r.phasesOurs], ['bare', r.phasesBare]] as const) {
      if (p) rows.push(`| ${r.events} | ${site} | ${p.syncS ?? '—'} | ${p.bundleS ?? '—'} | ${p.renderS ?? '—'} | ${p.pagefindS ?? '—'} | ${p.totalS ?? '—'} | ${p.pages ?? '—'} |`);
    }
  }
  return rows.join('\n');
}

const fmtCpu = (s: Stat | null): string =>
  !s || s.cpuMedianMs === null || s.cpuMedianMs === undefined ? '—' : `${fmtS(s.cpuMedianMs)} (${fmtS(s.cpuMinMs)}–${fmtS(s.cpuMaxMs)})`;

/** User + sys CPU seconds, median (min–max), and the ratios on CPU time. */
function cpuTable(results: SizeResult[]): string {
  const rows = [
    '| events | tsc CPU s | TS 6 check CPU s | extract CPU s | extract/tsc | extract/TS 6 | generate CPU s | gen. 1 file CPU s | 1 file/full | build ours CPU s | build bare CPU s | ours/bare |',
    '| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  const x = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${v}×`);
  for (const r of results) {
    const c = r.cpuRatios ?? { extractOverTsc: null, extractOverTscTs6: null, touchedOverFull: null, buildOursOverBare: null };
    rows.push(
      `| ${r.events} | ${fmtCpu(r.tsc)} | ${fmtCpu(r.tscTs6)} | ${fmtCpu(r.extract)} | ${x(c.extractOverTsc)} | ${x(c.extractOverTscTs6)} | ${fmtCpu(r.generateFull)} | ${fmtCpu(r.generateTouched)} | ${x(c.touchedOverFull)} | ${fmtCpu(r.buildOurs)} | ${fmtCpu(r.buildBare)} | ${x(c.buildOursOverBare)} |`,
    );
  }
  return rows.join('\n');
}

function table(results: SizeResult[]): string {
  const rows = [
    '| events | tsc --noEmit s | TS 6 check s | extract s | extract/tsc | generate s | gen. 1 file s | gen. no-op s | build ours s | build bare s | ours/bare | gen+build s | peak RSS tsc / extract / generate / ours / bare | event page ours (max) / bare | dist ours / bare |',
    '| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const r of results) {
    rows.push(
      `| ${r.events} | ${fmtStat(r.tsc)} | ${fmtStat(r.tscTs6)} | ${fmtStat(r.extract)} | ${r.extractOverTsc ?? '—'}× | ${fmtStat(r.generateFull)} | ${fmtStat(r.generateTouched)} | ${fmtStat(r.generateNoop)} | ${fmtStat(r.buildOurs)} | ${fmtStat(r.buildBare)} | ${r.buildOursOverBare ?? '—'}× | ${fmtS(r.generatePlusBuildMs)} | ${[r.tsc, r.extract, r.generateFull, r.buildOurs, r.buildBare].map((s) => fmtMb(s?.peakRssMb ?? null)).join(' / ')} | ${fmtKb(r.pagesOurs?.firstEvent?.bytes)} (${fmtKb(r.pagesOurs?.maxEvent?.bytes)}) / ${fmtKb(r.pagesBare?.firstEvent?.bytes)} | ${fmtMb(r.pagesOurs ? r.pagesOurs.distBytes / 1048576 : null)} / ${fmtMb(r.pagesBare ? r.pagesBare.distBytes / 1048576 : null)} |`,
    );
  }
  return rows.join('\n');
}

function scaling(results: SizeResult[]): Record<string, { exponent: number | null; msPerEvent: Record<string, number | null> }> {
  const metrics: Record<string, (r: SizeResult) => number | null> = {
    tsc: (r) => r.tsc?.medianMs ?? null,
    extract: (r) => r.extract?.medianMs ?? null,
    generateFull: (r) => r.generateFull?.medianMs ?? null,
    buildOurs: (r) => r.buildOurs?.medianMs ?? null,
    buildBare: (r) => r.buildBare?.medianMs ?? null,
    tscCpu: (r) => r.tsc?.cpuMedianMs ?? null,
    extractCpu: (r) => r.extract?.cpuMedianMs ?? null,
    generateFullCpu: (r) => r.generateFull?.cpuMedianMs ?? null,
    buildOursCpu: (r) => r.buildOurs?.cpuMedianMs ?? null,
  };
  const out: Record<string, { exponent: number | null; msPerEvent: Record<string, number | null> }> = {};
  for (const [name, get] of Object.entries(metrics)) {
    out[name] = {
      exponent: scalingExponent(results.map((r) => ({ n: r.events, ms: get(r) }))),
      msPerEvent: Object.fromEntries(results.map((r) => [String(r.events), get(r) === null ? null : round(get(r)! / r.events)])),
    };
  }
  return out;
}

/** JSON with object keys sorted at every level, so results.json diffs stay readable. */
function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Sizes measured by earlier runs (kept unless --fresh or re-measured now), read just before writing. */
function earlierSizes(options: Options, measured: SizeResult[]): SizeResult[] {
  const file = path.join(REPO, 'bench/results.json');
  if (options.fresh || !existsSync(file)) return [];
  try {
    const previous = JSON.parse(readFileSync(file, 'utf8')) as { sizes?: SizeResult[] };
    const now = new Set(measured.map((r) => r.events));
    return (previous.sizes ?? []).filter((r) => !now.has(r.events));
  } catch {
    return [];
  }
}

/** Fields of a SizeResult that each phase measures. */
const PHASE_FIELDS: Record<Phase, (keyof SizeResult)[]> = {
  typecheck: ['tsc', 'tscTs6', 'extract', 'extractOverTsc', 'extractOverTscTs6', 'extractCheck'],
  generate: ['generateFull', 'generateNoop', 'generateTouched', 'touchedOverFull'],
  build: ['buildOurs', 'buildBare', 'buildOursOverBare', 'phasesOurs', 'phasesBare', 'pagesOurs', 'pagesBare', 'generatePlusBuildMs', 'generatePlusBuildPeakRssMb'],
};
const PHASE_CPU_RATIOS: Record<Phase, (keyof SizeResult['cpuRatios'])[]> = {
  typecheck: ['extractOverTsc', 'extractOverTscTs6'],
  generate: ['touchedOverFull'],
  build: ['buildOursOverBare'],
};

/** A size re-measured with fewer phases keeps the other phases' results from the earlier run (named in carriedOver). */
function carryOver(options: Options, measured: SizeResult[]): SizeResult[] {
  const file = path.join(REPO, 'bench/results.json');
  if (options.fresh || !existsSync(file)) return measured;
  let previous: SizeResult[] = [];
  try {
    previous = (JSON.parse(readFileSync(file, 'utf8')) as { sizes?: SizeResult[] }).sizes ?? [];
  } catch {
    return measured;
  }
  return measured.map((r) => {
    const old = previous.find((p) => p.events === r.events);
    if (!old) return r;
    const merged = { ...r, cpuRatios: { ...r.cpuRatios }, carriedOver: [] as string[] } as SizeResult & { carriedOver: string[] };
    for (const phase of PHASES) {
      if (options.phases.has(phase)) continue;
      for (const k of PHASE_FIELDS[phase]) (merged as unknown as Record<string, unknown>)[k] = old[k] ?? null;
      for (const k of PHASE_CPU_RATIOS[phase]) merged.cpuRatios[k] = old.cpuRatios?.[k] ?? null;
      merged.carriedOver.push(`${phase} (from an earlier run)`);
    }
    return merged;
  });
}

function writeReport(options: Options, now: SizeResult[], complete: boolean): ReturnType<typeof scaling> {
  const measured = carryOver(options, now);
  const results = [...earlierSizes(options, measured), ...measured].sort((a, b) => a.events - b.events);
  const fits = scaling(results);
  const report = {
    complete,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      rss: rssMethod(),
      versions: { astro: versionOf('astro'), starlight: versionOf('@astrojs/starlight'), tsMorphTypeScript: tsMorphTypeScript(), typescript: versionOf('typescript') },
    },
    date: new Date().toISOString().slice(0, 10),
    options: {
      siteNodeOptions: SITE_NODE_OPTIONS,
      bareMax: options.bareMax,
      bigFrom: options.bigFrom,
      bigReps: options.bigReps,
      phases: [...options.phases],
      reps: options.reps,
      sizes: options.sizes,
      timeoutMin: options.timeoutMs / 60_000,
    },
    scaling: fits,
    sizes: results,
    table: table(results).split('\n'),
    cpuTable: cpuTable(results).split('\n'),
    phaseTable: phaseTable(results).split('\n'),
  };
  writeFileSync(path.join(REPO, 'bench/results.json'), sortedJson(report));
  return fits;
}

/** The TypeScript version ts-morph runs on (@ts-morph/common bundles it; its package version is not TypeScript's). */
function tsMorphTypeScript(): string {
  const text = readFileSync(path.join(REPO, 'node_modules/@ts-morph/common/dist/typescript.js'), 'utf8').slice(0, 400_000);
  return /\bvar version = "([^"]+)"/.exec(text)?.[1] ?? versionOf('@ts-morph/common');
}

async function main(): Promise<void> {
  const options = parseOptions();
  mkdirSync(OUT, { recursive: true });
  logFile = path.join(OUT, `bench-${options.sizes.join('-')}.log`);
  rmSync(logFile, { force: true });
  log(
    `webhook-docs bench: sizes ${options.sizes.join(', ')}, ${options.reps} rep(s) below ${options.bigFrom} events and ${options.bigReps} from there, phases ${[...options.phases].join(', ')}; load average ${os.loadavg().map(round).join(' ')}`,
  );
  const results: SizeResult[] = [];
  for (const n of options.sizes) {
    results.push(await benchSize(n, options, (partial) => writeReport(options, [...results, { ...partial, partial: true }], false)));
    log(`\n${table(results)}\n\n${cpuTable(results)}\n\n${phaseTable(results)}\n`);
    writeReport(options, results, false);
  }
  // The fit below spans every size in results.json, including sizes from earlier runs.
  const fits = writeReport(options, results, true);
  log('Scaling exponent of time vs N (least squares on log-log; 1 = linear):');
  for (const [name, f] of Object.entries(fits)) log(`  ${name}: ${f.exponent ?? '—'}   ms/event: ${Object.entries(f.msPerEvent).map(([n, v]) => `${n}: ${v ?? '—'}`).join(', ')}`);
  log(`Wrote bench/results.json (logs in bench/out/logs/, ${path.relative(REPO, logFile)}).`);
}

await main();

/** The `NODE_OPTIONS=…` of package.json's `build:site` script, as node arguments. */
function siteNodeOptions(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const match = /NODE_OPTIONS=(?:'([^']*)'|"([^"]*)"|(\S+))/.exec(pkg.scripts?.['build:site'] ?? '');
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').split(/\s+/).filter(Boolean);
}
