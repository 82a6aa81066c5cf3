/**
 * Measures what site design choices cost, on the bare Starlight baseline at one size: MDX vs plain Markdown pages,
 * Expressive Code on/off, Pagefind on/off. One cold build per variant (plus `--reps`), same page text.
 * Usage: `node --import tsx bench/site-variants.ts --events 1000 [--variants mdx,md,mdx-no-ec,mdx-no-pagefind] [--reps 1]
 *   [--manifest dir/bench-manifest.json]` (default: bench/out/mono-<N>, made when missing).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeMonorepo, type Manifest } from './make-monorepo.ts';
import { DEFAULT_BARE_SITE, writeBareSite, type BareSiteOptions } from './lib/bare-site.ts';
import { measure } from './lib/measure.ts';
import { cleanBuild, dirSize } from './lib/site-dir.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = path.join(REPO, 'node_modules/astro/astro.js');

const VARIANTS: Record<string, BareSiteOptions> = {
  mdx: DEFAULT_BARE_SITE,
  md: { ...DEFAULT_BARE_SITE, format: 'md' },
  'mdx-no-ec': { ...DEFAULT_BARE_SITE, expressiveCode: false },
  'md-no-ec': { ...DEFAULT_BARE_SITE, format: 'md', expressiveCode: false },
  'mdx-no-pagefind': { ...DEFAULT_BARE_SITE, pagefind: false },
};

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    variants: { type: 'string', default: Object.keys(VARIANTS).join(',') },
    reps: { type: 'string', default: '1' },
    heap: { type: 'string' },
    manifest: { type: 'string' },
  },
  strict: true,
});
const n = Number(values.events);
const mono = path.join(REPO, 'bench/out', `mono-${n}`);
const manifestFile = values.manifest ? path.resolve(values.manifest) : path.join(mono, 'bench-manifest.json');
const manifest: Manifest = existsSync(manifestFile)
  ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest)
  : makeMonorepo({ events: n, outDir: mono });
const rows: string[] = ['| variant | build s | peak RSS MB | event page KB | dist MB |', '| --- | --: | --: | --: | --: |'];
for (let rep = 0; rep < Number(values.reps); rep++) {
  for (const name of values.variants.split(',')) {
    const options = VARIANTS[name];
    if (!options) throw new Error(`unknown variant ${name}`);
    const dir = path.join(REPO, 'bench/out', `variant-${name}-${n}`);
    writeBareSite(manifest, dir, REPO, options);
    cleanBuild(dir);
    const run = await measure(process.execPath, [...(values.heap ? [`--max-old-space-size=${values.heap}`] : []), ASTRO, 'build', '--root', dir], {
      cwd: dir,
      stderrFile: path.join(REPO, 'bench/out/logs/variants', `${name}-${n}-${rep + 1}.stderr`),
      stdoutFile: path.join(REPO, 'bench/out/logs/variants', `${name}-${n}-${rep + 1}.stdout`),
    });
    const page = path.join(dir, 'dist/events', manifest.events[0]!.name, 'index.html');
    const pageKb = existsSync(page) ? (readFileSync(page).length / 1024).toFixed(1) : '—';
    const row = `| ${name} | ${run.exitCode ? `failed (exit ${run.exitCode}${run.oom ? ', OOM' : ''})` : (run.wallMs / 1000).toFixed(1)} | ${run.peakRssMb?.toFixed(0) ?? '—'} | ${pageKb} | ${(dirSize(path.join(dir, 'dist')).bytes / 1048576).toFixed(1)} |`;
    rows.push(row);
    process.stdout.write(`${row}\n`);
  }
}
const out = path.join(REPO, 'bench/out', `site-variants-${n}.md`);
writeFileSync(out, `${rows.join('\n')}\n`);
process.stdout.write(`\n${rows.join('\n')}\n(written to ${path.relative(REPO, out)})\n`);
