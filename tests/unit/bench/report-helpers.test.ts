/** The bench's pure helpers: the scaling fit, the median/spread summary, and parsing Astro's build log into phases. */
import { describe, expect, it } from 'vitest';
import { astroPhases } from '../../../bench/lib/astro-phases.ts';
import { median, ratio, scalingExponent, summarize } from '../../../bench/lib/stats.ts';

describe('scalingExponent', () => {
  it('recovers the exponent of an exact power law (log-log least squares)', () => {
    const linear = [185, 1000, 5000].map((n) => ({ n, ms: 3 * n }));
    const quadratic = [185, 1000, 5000].map((n) => ({ n, ms: 0.01 * n * n }));
    expect(scalingExponent(linear)).toBe(1);
    expect(scalingExponent(quadratic)).toBe(2);
  });

  it('skips missing points and needs two', () => {
    expect(scalingExponent([{ n: 185, ms: 100 }, { n: 1000, ms: null }])).toBeNull();
    expect(scalingExponent([{ n: 100, ms: 10 }, { n: 1000, ms: null }, { n: 10_000, ms: 1000 }])).toBe(1);
  });
});

describe('summarize', () => {
  it('takes median and spread over successful runs and the worst peak RSS over all runs', () => {
    const s = summarize([
      { wallMs: 3000, peakRssMb: 100, exitCode: 0 },
      { wallMs: 1000, peakRssMb: 900, exitCode: 134 },
      { wallMs: 2000, peakRssMb: 120, exitCode: 0 },
      { wallMs: 4000, peakRssMb: 110, exitCode: 0 },
    ]);
    expect(s).toMatchObject({ runs: 4, failures: 1, medianMs: 3000, minMs: 2000, maxMs: 4000, peakRssMb: 900 });
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(ratio(3000, 2000)).toBe(1.5);
    expect(ratio(null, 2000)).toBeNull();
  });
});

describe('astroPhases', () => {
  it('reads sync, bundle, render, Pagefind and total from a colored `astro build` log', () => {
    const esc = '\x1b';
    const log = [
      `${esc}[2m15:47:12${esc}[22m ${esc}[34m[types]${esc}[39m Generated ${esc}[2m107.54s${esc}[22m`,
      `${esc}[2m15:47:12${esc}[22m ${esc}[34m[build]${esc}[39m ${esc}[32m✓ Completed in 108.11s.${esc}[39m`,
      `${esc}[2m15:47:12${esc}[22m ${esc}[34m[build]${esc}[39m Building static entrypoints...`,
      `${esc}[2m15:47:43${esc}[22m ${esc}[34m[vite]${esc}[39m ${esc}[32m✓ built in 30.39s${esc}[39m`,
      `${esc}[2m15:47:43${esc}[22m ${esc}[34m[build]${esc}[39m ${esc}[32m✓ Completed in 30.50s.${esc}[39m`,
      `${esc}[42m${esc}[30m generating static routes ${esc}[39m${esc}[49m`,
      `${esc}[2m15:48:08${esc}[22m ${esc}[32m✓ Completed in 23.06s.`,
      `${esc}[2m15:48:19${esc}[22m ${esc}[34m[starlight:pagefind]${esc}[39m Finished building search index in 11.75s.`,
      `${esc}[2m15:48:20${esc}[22m ${esc}[34m[build]${esc}[39m 1002 page(s) built in ${esc}[1m175.47s${esc}[22m`,
    ].join('\n');
    expect(astroPhases(log)).toEqual({ syncS: 107.54, bundleS: 30.5, renderS: 23.06, pagefindS: 11.75, totalS: 175.47, pages: 1002 });
  });

  it('gives null for phases a failed build never reached', () => {
    expect(astroPhases('[types] Generated 2.1s\nBuilding static entrypoints...\nFATAL ERROR: heap out of memory')).toMatchObject({
      syncS: 2.1,
      bundleS: null,
      renderS: null,
      totalS: null,
      pages: null,
    });
  });
});
