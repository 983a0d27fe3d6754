/**
 * npm run bench:police-uk:generate -- --out <folder> [--rows 6000000] [--forces 43] [--months 12] [--seed 1] [--zip <file>]
 * Writes a synthetic police.uk data set (see syntheticPoliceUk.ts).
 */
import { parseArgs } from 'node:util';
import { writeSyntheticPoliceUk } from './syntheticPoliceUk.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    rows: { type: 'string', default: '6000000' },
    forces: { type: 'string', default: '43' },
    months: { type: 'string', default: '12' },
    seed: { type: 'string', default: '1' },
    zip: { type: 'string' },
  },
});
if (values.out === undefined) {
  process.stderr.write('Say where to write: --out <folder>\n');
  process.exit(2);
}
const started = performance.now();
const files = await writeSyntheticPoliceUk({
  folder: values.out,
  streetRows: Number(values.rows),
  forces: Number(values.forces),
  months: Number(values.months),
  seed: Number(values.seed),
  zip: values.zip,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `Wrote ${files.length} files to ${values.out}${values.zip === undefined ? '' : ` and ${values.zip}`} in ${seconds} s.\n`,
);
