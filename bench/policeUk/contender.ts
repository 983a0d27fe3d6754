/**
 * One contender of the police.uk load benchmark, run in a process of its own so that its time
 * and its peak memory are its alone:
 *   tsx bench/policeUk/contender.ts duckdb <folder> <duckdb-file>
 *   tsx bench/policeUk/contender.ts bluelamp <folder|zip> <DATABASE_URL>
 * Prints one line of JSON: seconds, rows, groups, peak RSS in MB.
 */
import { duckdbAggregate } from './duckdbBaseline.js';

const [kind, source, target] = process.argv.slice(2);
if (kind === undefined || source === undefined || target === undefined) {
  process.stderr.write('usage: contender.ts duckdb|bluelamp <source> <target>\n');
  process.exit(2);
}

const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

if (kind === 'duckdb') {
  const started = performance.now();
  const groups = await duckdbAggregate(source, target);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${JSON.stringify({ seconds, groups: groups.streetGroups + groups.searchGroups, peakRssMb: peakRssMb() })}\n`,
  );
} else {
  // The built code, as `bluelamp import police-uk` runs it (npm ci builds it).
  const services = '../../dist/src/services/index.js';
  const { importPoliceUk, loadDemoData, openServiceContext } = (await import(
    services
  )) as typeof import('../../src/services/index.js');
  const ctx = await openServiceContext({ databaseUrl: target });
  // The taxonomy and settings, as on any real installation; not part of what is timed.
  await loadDemoData(ctx);
  const before = peakRssMb();
  const started = performance.now();
  const summary = await importPoliceUk(ctx, { paths: [source] });
  const seconds = (performance.now() - started) / 1000;
  await ctx.store.close();
  const result = {
    seconds,
    rows: summary.rowsLoaded,
    refused: summary.refused,
    peakRssMb: peakRssMb(),
    rssBeforeMb: before,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
