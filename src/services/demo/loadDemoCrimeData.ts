import fs from 'node:fs';
import path from 'node:path';
import { DEMO_MPS_BOROUGH_FILES, DEMO_POLICE_UK_ARCHIVE, demoDataFolder } from '../../../demo/crimeFiles.js';
import type { ServiceContext } from '../context.js';
import { importMpsBoroughSeries } from '../crime-data/importMpsBoroughSeries.js';
import { importPoliceUk } from '../crime-data/importPoliceUk.js';
import { describeSlice, type SliceOutcome } from '../crime-data/policeUkViews.js';

export interface DemoCrimeDataResult {
  readonly crimeFiles: number;
  /** Monthly counts by borough and category, from the MPS files. */
  readonly crimeCounts: number;
  readonly policeUkSlices: number;
  readonly policeUkRows: number;
}

/**
 * The archive's path as the manifest will name each of its files: from the working folder when
 * Bluelamp runs in its own (demo/data/…), so the record does not carry the machine's layout.
 */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function refusal(slice: SliceOutcome): string {
  const problems = slice.problems.map((p) => p.message).join('; ');
  return `${describeSlice(slice)} was ${slice.outcome}${problems === '' ? '' : ` (${problems})`}`;
}

/**
 * The demo's real crime figures, read from the files in demo/data by the same import use cases an
 * analyst runs, so the demo shows exactly what loading the published files gives. Each import
 * writes in its own transactions, which is why this runs after the rest of the demo has committed.
 * The files ship with Bluelamp, so any refusal is a fault in Bluelamp and is raised whole.
 */
export async function loadDemoCrimeData(ctx: ServiceContext): Promise<DemoCrimeDataResult> {
  const folder = demoDataFolder();
  let crimeCounts = 0;
  for (const file of DEMO_MPS_BOROUGH_FILES) {
    const summary = await importMpsBoroughSeries(ctx, {
      fileName: file.fileName,
      content: fs.createReadStream(path.join(folder, file.fileName)),
    });
    crimeCounts += summary.counts;
  }
  const policeUk = await importPoliceUk(ctx, {
    paths: [shownPath(path.join(folder, DEMO_POLICE_UK_ARCHIVE.fileName))],
  });
  const notLoaded = policeUk.slices.filter((slice) => slice.outcome !== 'loaded');
  if (notLoaded.length > 0 || policeUk.loaded === 0) {
    throw new Error(
      `The demo's police.uk archive ${DEMO_POLICE_UK_ARCHIVE.fileName} did not load whole: ${notLoaded.map(refusal).join('; ') || 'it holds no police.uk files'}.`,
    );
  }
  return {
    crimeFiles: DEMO_MPS_BOROUGH_FILES.length + 1,
    crimeCounts,
    policeUkSlices: policeUk.loaded,
    policeUkRows: policeUk.rowsLoaded,
  };
}
