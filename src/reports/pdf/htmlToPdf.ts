import { accessSync, constants } from 'node:fs';
import type { Page } from 'playwright-core';
import { destinationPages } from './pdfPages.js';
import { withPrintingBrowser } from './printingBrowser.js';

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

/** Small grey type in the page margins; Chromium draws these templates at a zoom of its own. */
const MARGIN_TEXT =
  'font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #505a5f; width: 100%; margin: 0 16mm;';

/**
 * The running header (the document's title: its plan and quarter, or its board and meeting) and the
 * footer "Page n of m". Chromium fills the elements with these class names; the title is put in
 * by Chromium too, so no text of the document is copied into markup here.
 */
const HEADER_TEMPLATE = `<div style="${MARGIN_TEXT}"><span class="title"></span></div>`;
const FOOTER_TEMPLATE = `<div style="${MARGIN_TEXT} text-align: right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

const PRINT_OPTIONS = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  // Tagged, with an outline of the headings: screen readers follow its structure, viewers show bookmarks.
  tagged: true,
  outline: true,
  displayHeaderFooter: true,
  headerTemplate: HEADER_TEMPLATE,
  footerTemplate: FOOTER_TEMPLATE,
} as const;

interface PageNumberSlot {
  textContent: string | null;
  readonly dataset: { readonly pageOf?: string };
}

interface PrintedDocument {
  querySelectorAll(selector: string): Iterable<PageNumberSlot>;
}

/**
 * Writes into every element marked `data-page-of="anchor"` the page its anchor is printed on. The
 * numbers are short and sit on the contents page only, so filling them in moves nothing else.
 */
async function fillPageNumbers(page: Page, pages: Map<string, number>): Promise<boolean> {
  return page.evaluate(
    (entries) => {
      const numbers = new Map(entries);
      // Runs in Chromium; the server build has no DOM types, so the little it uses is named here.
      const printed = (globalThis as unknown as { document: PrintedDocument }).document;
      const slots = [...printed.querySelectorAll('[data-page-of]')];
      for (const slot of slots) slot.textContent = String(numbers.get(slot.dataset.pageOf ?? '') ?? '');
      return slots.length > 0;
    },
    [...pages],
  );
}

/**
 * Prints a self-contained HTML document to an A4 PDF with headless Chromium: tagged, with an
 * outline, a running header and "Page n of m" footer. The document's own `@page` rules (size,
 * margins) win over the defaults, and backgrounds are printed. A document with a contents list
 * whose entries ask for page numbers is printed twice, the second time with the numbers the
 * first gave. Chromium stays running between prints (see printingBrowser.ts); each print has a
 * browser context of its own, closed however printing ends.
 */
export async function htmlToPdf(html: string, options: { executablePath?: string } = {}): Promise<Buffer> {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
  if (!chromiumAvailable(executablePath)) throw new ChromiumMissingError(executablePath);
  return withPrintingBrowser(executablePath, CHROMIUM_ARGS, async (browser) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const first = await page.pdf(PRINT_OPTIONS);
      const pages = destinationPages(first);
      if (pages.size === 0 || !(await fillPageNumbers(page, pages))) return first;
      return await page.pdf(PRINT_OPTIONS);
    } finally {
      await context.close();
    }
  });
}
