/**
 * One contender of the police.uk load benchmark, run in a process of its own so that its time
 * and its peak memory are its alone:
 *   tsx bench/policeUk/contender.ts duckdb <folder> <duckdb-file>
 *   tsx bench/policeUk/contender.ts prepare - <DATABASE_URL>
 *   tsx bench/policeUk/contender.ts bluelamp <folder|zip> <DATABASE_URL>
 * `prepare` loads the demo data (the taxonomy, and the Metropolitan Police's area, which makes it
 * the force whose rows keep LSOA detail) in a process of its own, so that neither its time nor its
 * memory is counted as the load's. Prints one line of JSON: seconds, rows, groups, peak RSS in MB.
 */
import { duckdbAggregate } from './duckdbBaseline.js';

const [kind, source, target] = process.argv.slice(2);
if (kind === undefined || source === undefined || target === undefined) {
  process.stderr.write('usage: contender.ts duckdb|prepare|bluelamp <source> <target>\n');
  process.exit(2);
}

const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

// The built code, as `bluelamp import police-uk` runs it (`npm run build` makes it).
const built = '../../dist/src/services/';

async function services(): Promise<typeof import('../../src/services/index.js')> {
  return (await import(`${built}index.js`)) as typeof import('../../src/services/index.js');
}

/**
 * Only the modules a load needs, as the memory test loads them: the whole service layer would add
 * every other command's modules (spreadsheets, documents, charts) to the peak.
 */
async function loader(): Promise<{
  openServiceContext: typeof import('../../src/services/system/openServiceContext.js').openServiceContext;
  importPoliceUk: typeof import('../../src/services/crime-data/importPoliceUk.js').importPoliceUk;
}> {
  const [system, crimeData] = await Promise.all([
    import(`${built}system/openServiceContext.js`) as Promise<
      typeof import('../../src/services/system/openServiceContext.js')
    >,
    import(`${built}crime-data/importPoliceUk.js`) as Promise<
      typeof import('../../src/services/crime-data/importPoliceUk.js')
    >,
  ]);
  return { openServiceContext: system.openServiceContext, importPoliceUk: crimeData.importPoliceUk };
}

if (kind === 'duckdb') {
  const started = performance.now();
  const groups = await duckdbAggregate(source, target);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${JSON.stringify({ seconds, groups: groups.streetGroups + groups.searchGroups, peakRssMb: peakRssMb() })}\n`,
  );
} else if (kind === 'prepare') {
  const { loadDemoData, openServiceContext } = await services();
  const ctx = await openServiceContext({ databaseUrl: target });
  await loadDemoData(ctx);
  await ctx.store.close();
  process.stdout.write('{}\n');
} else {
  const { importPoliceUk, openServiceContext } = await loader();
  const ctx = await openServiceContext({ databaseUrl: target });
  const before = peakRssMb();
  const started = performance.now();
  // Every slice loads, even one smaller than the demo's slice of the same force and month.
  const summary = await importPoliceUk(ctx, { paths: [source], acceptSmaller: true });
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
