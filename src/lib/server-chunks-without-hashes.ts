/**
 * Vite plugin: Astro's server (prerender) build names its chunks `chunks/<name>_[hash].mjs`. Those chunks only live
 * until the pages are rendered, so their hashes serve nothing, and Rollup's final hashing is quadratic here:
 * every page chunk reaches the content registry, which references every other page chunk, and Rollup concatenates
 * the hashes of all chunks a chunk reaches (`generateFinalHashes`: ~1 s at 1,000 events, ~10 s at 2,000).
 * Without the `[hash]` placeholder there is nothing to hash; Rollup still keeps file names unique.
 */
import type { Plugin } from 'vite';

/** The plugin (`vite.plugins` in astro.config.mjs); the client build keeps its hashed asset names. */
export function serverChunksWithoutHashes(): Plugin {
  let ssr = false;
  return {
    name: 'webhook-docs:server-chunks-without-hashes',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    outputOptions(options) {
      const named = options.chunkFileNames;
      if (!ssr || typeof named !== 'function') return null;
      return { ...options, chunkFileNames: (info) => named(info).replace('_[hash]', '') };
    },
  };
}
