import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/reports/pdf/htmlToPdf.js';

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
    args: [...CHROMIUM_ARGS, '--disable-quic', '--no-first-run'],
  });
}

let shared: Promise<Browser> | undefined;

/**
 * One Chromium for every browser test file a worker runs: a worker keeps its modules from file
 * to file, and starting Chromium for each file and database was a large share of the suite's
 * time. Files keep apart by browser contexts, which each file closes when it ends. A browser
 * that crashed is replaced at the next call; the worker's exit ends the last one.
 */
export function sharedChromium(): Promise<Browser> {
  if (shared === undefined) {
    const starting = launchChromium();
    shared = starting;
    starting.then(
      (browser) =>
        browser.on('disconnected', () => {
          if (shared === starting) shared = undefined;
        }),
      () => {
        if (shared === starting) shared = undefined;
      },
    );
  }
  return shared;
}

/** Closes every context a file left open in the shared browser, so the next file starts clean. */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
}

/** A page at 1280 × 900 on `url` that records console errors, page errors and failed responses in `errors`. */
export async function openWatchedPage(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  return page;
}

/**
 * A page in a browser context of its own at `baseUrl + path`, signed in as `username` (or read
 * by the public when null). Console and page errors go to `errors`, tagged with who was reading.
 */
export async function openPageAs(
  browser: Browser,
  baseUrl: string,
  reader: { readonly username: string; readonly password: string } | null,
  path: string,
  errors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${reader?.username ?? 'public'}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (reader !== null) {
    const response = await page.request.post(`${baseUrl}/api/session`, { data: reader });
    if (!response.ok()) throw new Error(`Signing in as ${reader.username} failed: ${response.status()}`);
  }
  await page.goto(`${baseUrl}${path}`);
  return { context, page };
}
