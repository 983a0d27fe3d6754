import { chromium, type Browser } from 'playwright-core';

/** The system Chromium the test command installs; Playwright never downloads its own. */
export const CHROMIUM_PATH = process.env.BLUELAMP_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Headless Chromium with the flags our machines need: no sandbox (tests run as root in CI)
 * and none of the background connections a closed network refuses. Playwright gives each
 * launch a fresh, empty profile.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
