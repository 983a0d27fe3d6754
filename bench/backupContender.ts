/**
 * One run of "bluelamp backup FILE" or "bluelamp restore FILE", in a process of its own so that
 * its peak memory is its alone:
 *   tsx bench/backupContender.ts backup|restore <DATABASE_URL> <file>
 * The key comes from BLUELAMP_BACKUP_KEY, as for the command. Prints one line of JSON: exit
 * code, seconds, peak RSS in MB and the RSS once the program was loaded, before the command ran.
 */
import { runCli } from '../src/cli/program.js';

const [command, databaseUrl, file] = process.argv.slice(2);
if ((command !== 'backup' && command !== 'restore') || databaseUrl === undefined || file === undefined) {
  process.stderr.write('usage: backupContender.ts backup|restore <DATABASE_URL> <file>\n');
  process.exit(2);
}

const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

process.env.DATABASE_URL = databaseUrl;
const loadedMb = peakRssMb();
const started = performance.now();
const errors: string[] = [];
const code = await runCli([command, file], { out: () => undefined, err: (text) => errors.push(text) });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ code, seconds, peakRssMb: peakRssMb(), loadedMb, errors })}\n`);
