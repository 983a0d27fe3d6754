import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder of real public data samples the tests read (never copied into the project): set
 * BLUELAMP_SHARED_DATA, or keep the checkout beside the shared folder as on the team's machines.
 */
export function sharedDataFile(...parts: string[]): string {
  const candidates = [process.env.BLUELAMP_SHARED_DATA, path.resolve('../shared/data'), '/work/shared/data'];
  for (const folder of candidates) {
    if (folder !== undefined && fs.existsSync(path.join(folder, ...parts))) return path.join(folder, ...parts);
  }
  throw new Error(`The shared data sample ${parts.join('/')} is not here; set BLUELAMP_SHARED_DATA to its folder.`);
}
