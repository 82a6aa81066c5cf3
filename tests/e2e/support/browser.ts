/** Launches Debian's Chromium through playwright-core with a throwaway profile (no downloads, no network chatter). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A launched browser and how to close it. */
export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Starts headless Chromium; fails with the install command when it is missing. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
  // NOTE: no --user-data-dir: playwright refuses it for launch(), and already gives each launch a fresh temporary
  // profile that it deletes on close. A plain launch (not a persistent context) is also what axe needs.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}
