/** Shared set-up of the browser tests: the built dist/, a static server for it, Chromium, and console-error capture. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { EventsIndexEntry } from '../../../generator/site-contract.ts';
import { launchChromium } from './browser.ts';
import { startStaticServer } from './static-server.ts';

/**
 * The built site the tests run against (`npm run build` from the Orbit example). `WEBHOOK_DOCS_DIST` points
 * them at another build (`astro build --outDir /tmp/x`), so a run is not disturbed by others rebuilding dist/.
 */
export const DIST = process.env.WEBHOOK_DOCS_DIST
  ? path.resolve(process.env.WEBHOOK_DOCS_DIST)
  : path.resolve(import.meta.dirname, '../../../dist');

/** Fails with the command to run when dist/ was not built. */
export function requireDist(): void {
  for (const file of ['index.html', '404.html', 'events.json', 'events/index.html']) {
    if (!existsSync(path.join(DIST, file))) {
      throw new Error(`${path.join(DIST, file)} is missing: build the site first with \`npm run build\` (\`npm test\` does it before the e2e project).`);
    }
  }
}

/** public/events.json as built into dist/. */
export function readEventsIndex(): EventsIndexEntry[] {
  const index = JSON.parse(readFileSync(path.join(DIST, 'events.json'), 'utf8')) as { events: EventsIndexEntry[] };
  return index.events;
}

/** A page plus every console error, uncaught exception and failed request it produced. */
export interface TrackedPage {
  page: Page;
  errors: string[];
}

/** The served site and a browser; `open()` gives pages from a fresh context (what axe requires). */
export interface Site {
  url: string;
  browser: Browser;
  open(options?: BrowserContextOptions & { theme?: 'light' | 'dark' }): Promise<TrackedPage>;
  close(): Promise<void>;
}

/** Serves dist/ and launches Chromium. */
export async function startSite(): Promise<Site> {
  requireDist();
  const server = await startStaticServer(DIST);
  const launched = await launchChromium();
  const contexts: { close(): Promise<void> }[] = [];
  return {
    url: server.url,
    browser: launched.browser,
    async open({ theme, ...options } = {}) {
      const context = await launched.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
      contexts.push(context);
      if (theme) {
        // Starlight's ThemeProvider reads this before first paint.
        await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('requestfailed', (req) => {
        // ERR_ABORTED is Chromium cancelling a request: a navigation it re-issues, its speculative fetch of a link
        // target, or a script still loading when the test navigates away. A missing file is a 404 response instead,
        // which the console listener reports.
        if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
        errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''} (${req.resourceType()})`);
      });
      return { page, errors };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await launched.close();
      await server.close();
    },
  };
}

/** Console errors other than the expected 404 of the document itself (on the not-found tests). */
export function unexpectedErrors(errors: string[], allowDocument404 = false): string[] {
  return errors.filter((e) => !(allowDocument404 && /status of 404/.test(e) && !/\.(js|css|json)\b/.test(e)));
}
