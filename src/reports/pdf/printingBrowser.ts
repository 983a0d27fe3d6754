import type { Browser } from 'playwright-core';

/**
 * Chromium kept running between prints: starting it costs a second or two of a core and a few
 * hundred megabytes, and a board pack or quarterly report is printed several times in a row. Each
 * print has a browser context of its own, so nothing of one document reaches the next. A browser
 * nobody has used for `idleSeconds` is closed; so is one that crashed, and the next print starts
 * another. Playwright is imported only when a print first needs it, so commands that never print
 * do not pay for loading it.
 */
const warm = new Map<string, Promise<Browser>>();
let inUse = 0;
let idleTimer: NodeJS.Timeout | undefined;
let idleSeconds = 60;

/** How long an unused printing browser stays running (60 seconds unless set). */
export function keepPrintingBrowserFor(seconds: number): void {
  idleSeconds = seconds;
}

function launch(executablePath: string, args: readonly string[]): Promise<Browser> {
  const starting = import('playwright-core').then(({ chromium }) =>
    chromium.launch({ executablePath, args: [...args] }),
  );
  warm.set(executablePath, starting);
  starting.then(
    (browser) => browser.on('disconnected', () => warm.delete(executablePath)),
    () => warm.delete(executablePath),
  );
  return starting;
}

/** Runs `work` with a running Chromium at `executablePath`, started if none is warm. */
export async function withPrintingBrowser<T>(
  executablePath: string,
  args: readonly string[],
  work: (browser: Browser) => Promise<T>,
): Promise<T> {
  clearTimeout(idleTimer);
  inUse += 1;
  try {
    const browser = await (warm.get(executablePath) ?? launch(executablePath, args));
    return await work(browser);
  } finally {
    inUse -= 1;
    if (inUse === 0) {
      idleTimer = setTimeout(() => void releasePrintingBrowsers(), idleSeconds * 1000);
      // The timer alone must not keep a finished command running.
      idleTimer.unref();
    }
  }
}

/**
 * Closes the printing browsers now unless a print is under way (then the idle timer closes them):
 * a command calls it when it ends, so that its process exits at once, and a server when it stops.
 */
export async function releasePrintingBrowsers(): Promise<void> {
  if (inUse > 0) return;
  clearTimeout(idleTimer);
  const browsers = [...warm.values()];
  warm.clear();
  await Promise.all(browsers.map(async (starting) => (await starting.catch(() => null))?.close()));
}
