/** npm run bench [name-filter]: runs every bench/*.bench.ts and prints one table of ratios. */
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatMeasurements, measure, type Benchmark, type Measurement } from './harness.js';

const folder = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const files = fs
  .readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();

const measurements: Measurement[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(`${folder}/${file}`).href)) as { benchmarks: Benchmark[] };
  for (const benchmark of module.benchmarks) {
    if (filter !== undefined && !benchmark.name.includes(filter)) continue;
    process.stderr.write(`measuring ${benchmark.name}…\n`);
    measurements.push(await measure(benchmark));
  }
}
process.stdout.write(`${formatMeasurements(measurements)}\n`);
