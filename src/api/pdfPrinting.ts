import { BluelampProblem } from '../domain/errors.js';
import { ChromiumMissingError, htmlToPdf } from '../reports/index.js';

/**
 * Prints HTML to PDF for an HTTP answer. Chromium prints one document at a time, so a burst of
 * requests queues rather than floods the server; a server without Chromium answers 503 naming
 * the package to install.
 */
let printing: Promise<unknown> = Promise.resolve();
export async function printPdf(html: string): Promise<Buffer> {
  const turn = printing.then(() => htmlToPdf(html));
  printing = turn.catch(() => undefined);
  try {
    return await turn;
  } catch (error) {
    if (error instanceof ChromiumMissingError) throw new BluelampProblem('unavailable', error.message);
    throw error;
  }
}
