/**
 * A process workbooks are read in (see readWorkbookSheets.ts): for each job it checks the unpacked
 * sizes, then loads the workbook and sends back each sheet's rows as plain text.
 */
import { IngestError, type IngestProblem } from '../ingestError.js';
import { NOT_A_WORKBOOK, refusal, WorkbookRefused, type WorkbookLimits } from './workbookLimits.js';
import { loadSheets, type SheetRecord } from './workbookRecords.js';
import { scanWorkbook } from './workbookScan.js';

export interface WorkbookJob {
  readonly content: Uint8Array;
  readonly file: string;
  readonly limits: WorkbookLimits;
}

export type WorkbookJobAnswer =
  | { readonly sheets: [string, SheetRecord[]][] }
  | { readonly problems: IngestProblem[] }
  | { readonly failure: string };

async function read(job: WorkbookJob): Promise<WorkbookJobAnswer> {
  const content = Buffer.from(job.content.buffer, job.content.byteOffset, job.content.byteLength);
  try {
    await scanWorkbook(content, job.limits);
  } catch (error) {
    return { problems: [refusal(job.file, error instanceof WorkbookRefused ? error.reason : NOT_A_WORKBOOK)] };
  }
  try {
    return { sheets: [...(await loadSheets(content, job.file))] };
  } catch (error) {
    if (error instanceof IngestError) return { problems: error.problems };
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

// One job at a time: the server sends the next only once this one is answered.
process.on('message', (job: WorkbookJob) => {
  void read(job).then((answer) => process.send?.(answer));
});
// The server closing its end (it stopped, or let this reader go) leaves nothing more to read.
process.on('disconnect', () => {
  process.exit(0);
});
