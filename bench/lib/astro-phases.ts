/** Reads the phase timings Astro prints during `astro build` (content sync, bundling, rendering, Pagefind). */

/** Seconds per build phase; null when the log does not show it. */
export interface AstroPhases {
  /** Content layer sync + type generation (`[types] Generated Xs`). */
  syncS: number | null;
  /** Vite bundling of the server entrypoints, i.e. every page module (`Building static entrypoints` → `Completed in`). */
  bundleS: number | null;
  /** Rendering the HTML of every route (`generating static routes` → `Completed in`). */
  renderS: number | null;
  pagefindS: number | null;
  /** `N page(s) built in Xs`. */
  totalS: number | null;
  pages: number | null;
}

const seconds = (s: string | undefined, unit = 's'): number | null => (s === undefined ? null : unit === 'ms' ? Number(s) / 1000 : Number(s));

/** Parses the stdout of one `astro build`. */
export function astroPhases(stdout: string): AstroPhases {
  // eslint-disable-next-line no-control-regex
  const text = stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const after = (marker: string, re: RegExp): RegExpExecArray | null => {
    const at = text.indexOf(marker);
    return at < 0 ? null : re.exec(text.slice(at));
  };
  const pagefind = /Finished building search index in ([\d.]+)(ms|s)/.exec(text);
  const total = /(\d+) page\(s\) built in ([\d.]+)s/.exec(text);
  return {
    syncS: seconds(/\[types\] Generated ([\d.]+)s/.exec(text)?.[1]),
    bundleS: seconds(after('Building static entrypoints', /Completed in ([\d.]+)s/)?.[1]),
    renderS: seconds(after('generating static routes', /Completed in ([\d.]+)s/)?.[1]),
    pagefindS: pagefind ? seconds(pagefind[1], pagefind[2]) : null,
    totalS: seconds(total?.[2]),
    pages: total ? Number(total[1]) : null,
  };
}
