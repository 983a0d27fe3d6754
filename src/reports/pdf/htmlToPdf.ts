import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Debian's chromium package puts the browser; Playwright never downloads its own here. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Headless flags for servers: no sandbox (services and CI often run as root) and none of the
 * background connections Chromium makes on its own, which a closed network refuses or logs.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** PDF output was asked for on a machine without Chromium; the message says what to install. */
export class ChromiumMissingError extends Error {
  override readonly name = 'ChromiumMissingError';

  constructor(readonly executablePath: string) {
    super(
      'PDF needs Chromium, which is not installed here: install the Debian package chromium ' +
        '(sudo apt-get install chromium). HTML and DOCX reports work without it.',
    );
  }
}

/** Whether an executable Chromium is at `executablePath`, so callers can offer PDF or not. */
export function chromiumAvailable(executablePath: string = DEFAULT_CHROMIUM_PATH): boolean {
  try {
    accessSync(executablePath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Prints a self-contained HTML document to an A4 PDF with headless Chromium. The document's own
 * `@page` rules (size, margins) win over the defaults, and backgrounds are printed. Each call
 * starts and closes its own browser, so nothing is left running if printing fails.
 */
export async function htmlToPdf(html: string, options: { executablePath?: string } = {}): Promise<Buffer> {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
  if (!chromiumAvailable(executablePath)) throw new ChromiumMissingError(executablePath);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
  } finally {
    await browser.close();
  }
}
