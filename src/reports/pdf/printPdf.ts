import { BluelampProblem } from '../../domain/errors.js';
import { ChromiumMissingError, htmlToPdf } from './htmlToPdf.js';

/**
 * Prints HTML to PDF for the use cases. Chromium prints one document at a time in a process, so
 * a burst of requests queues rather than floods the server; without Chromium the answer is an
 * "unavailable" problem naming the package to install (503 over HTTP).
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
