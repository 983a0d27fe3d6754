/**
 * The real crime files the demo carries in demo/data (its README says where each comes from): the
 * London Datastore's MPS borough-level crime in both vintages of category names, and police.uk's
 * street crime and stop and search for the City of London Police and the Met, April to December
 * 2018, as one archive. The demo loads them through the import use cases an analyst uses, so its
 * crime figures are the publishers' own.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface DemoCrimeFile {
  readonly fileName: string;
  readonly dataset: string;
  readonly publisher: string;
  readonly covers: string;
}

/** Oldest first, so the newer file's revisions of any shared month are the ones kept. */
export const DEMO_MPS_BOROUGH_FILES: readonly DemoCrimeFile[] = [
  {
    fileName: 'MPS_Borough_Level_Crime_Historic.csv',
    dataset: 'MPS Borough Level Crime (Historical)',
    publisher: 'the Metropolitan Police Service on the London Datastore',
    covers: 'January 2008 to December 2016',
  },
  {
    fileName: 'MPS_Borough_Level_Crime_Recent_24_months.csv',
    dataset: 'MPS Borough Level Crime (most recent 24 months)',
    publisher: 'the Metropolitan Police Service on the London Datastore',
    covers: 'January 2017 to December 2018',
  },
];

export const DEMO_POLICE_UK_ARCHIVE: DemoCrimeFile = {
  fileName: 'police-uk-2018.zip',
  dataset: 'police.uk street-level crime and stop and search data (City of London Police, Metropolitan Police Service)',
  publisher: 'the Home Office on data.police.uk',
  covers: 'April to December 2018',
};

/**
 * The folder holding the files. This module runs from demo/ (sources) or dist/demo/ (the build,
 * which compiles code only), and the data stays in the project's own demo/data in both cases.
 */
export function demoDataFolder(): string {
  for (const relative of ['./data/', '../../demo/data/']) {
    const folder = fileURLToPath(new URL(relative, import.meta.url));
    if (fs.existsSync(folder)) return folder;
  }
  throw new Error(
    "The demo's data folder (demo/data) is missing from this installation; it holds the real crime files the demo loads.",
  );
}
