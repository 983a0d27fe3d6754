import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice takes a while to start, more on a busy machine: far more than a test's default. */
export const LIBRE_OFFICE_TIMEOUT_MS = 180_000;

/**
 * Converts a Word document to PDF with headless LibreOffice (`soffice`, which the test command
 * installs) and returns the PDF's path, in a new temporary folder. Each conversion has a profile of
 * its own, so conversions running at the same time do not fight over LibreOffice's lock.
 */
export async function docxToPdf(docxFile: string): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-office-'));
  const profile = path.join(folder, 'profile');
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        docxFile,
      ],
      { timeout: LIBRE_OFFICE_TIMEOUT_MS - 10_000 },
    );
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? 'LibreOffice (soffice) is not installed: run the tests with scripts/test.sh, or apt-get install libreoffice-writer-nogui.'
        : `LibreOffice could not convert ${docxFile}: ${String(error)}`,
      { cause: error },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(folder, `${path.basename(docxFile, path.extname(docxFile))}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docxFile}.`);
  return pdf;
}
