import { BluelampProblem } from '../../domain/errors.js';
import { ChromiumMissingError, htmlToPdf } from './htmlToPdf.js';

function countSetting(setting: string | undefined, fallback: number): number {
  const value = Number(setting);
  return setting !== undefined && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/**
 * How many documents Chromium prints at once (BLUELAMP_PDF_PRINTING, 2) and how many may wait
 * (BLUELAMP_PDF_QUEUE, 8). Each print keeps a core busy and a browser page open (tens of
 * megabytes), so more at once would starve the server; a longer queue would only keep people waiting
 * minutes for an answer they can ask for again.
 */
export function pdfPrintingLimits(env: NodeJS.ProcessEnv = process.env): {
  printing: number;
  waiting: number;
  retryAfterSeconds: number;
} {
  return {
    printing: Math.max(1, countSetting(env.BLUELAMP_PDF_PRINTING, 2)),
    waiting: countSetting(env.BLUELAMP_PDF_QUEUE, 8),
    retryAfterSeconds: 10,
  };
}

let printing = 0;
const waiting: (() => void)[] = [];

function busy(limits: ReturnType<typeof pdfPrintingLimits>): BluelampProblem {
  return new BluelampProblem(
    'unavailable',
    `Bluelamp is printing or about to print ${limits.printing + limits.waiting} documents already. ` +
      `Try again in ${limits.retryAfterSeconds} seconds.`,
    undefined,
    { retryAfterSeconds: limits.retryAfterSeconds },
  );
}

async function turnToPrint(): Promise<void> {
  const limits = pdfPrintingLimits();
  if (printing < limits.printing) {
    printing += 1;
    return;
  }
  if (waiting.length >= limits.waiting) throw busy(limits);
  // The finishing print hands its place straight to the first in line, so the count never dips.
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function finishPrinting(): void {
  const next = waiting.shift();
  if (next === undefined) printing -= 1;
  else next();
}

/**
 * Prints HTML to PDF for the use cases, a few at a time with a short queue: beyond it the answer
 * is an "unavailable" problem saying when to try again (503 with Retry-After over HTTP). Without
 * Chromium the problem names the package to install.
 */
export async function printPdf(html: string): Promise<Buffer> {
  await turnToPrint();
  try {
    return await htmlToPdf(html);
  } catch (error) {
    if (error instanceof ChromiumMissingError) throw new BluelampProblem('unavailable', error.message);
    throw error;
  } finally {
    finishPrinting();
  }
}
