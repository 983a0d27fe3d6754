import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { Command } from 'commander';
import type * as api from '../../api/index.js';
import type * as services from '../../services/index.js';
import { releasePrintingBrowsers } from '../../services/publishing/printing.js';
import { startDailyReminders } from '../notifications/dailyReminders.js';
import { parsePort } from '../options.js';
import type { Output } from '../output.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let buildServer: typeof api.buildServer;
let listen: typeof api.listen;
let isDatabaseEmpty: typeof services.isDatabaseEmpty;
let loadDemoData: typeof services.loadDemoData;
let openServiceContext: typeof services.openServiceContext;
let readConfiguration: typeof services.readConfiguration;
async function loadServices(): Promise<void> {
  ({ readConfiguration } = await import('../../services/system/configuration.js'));
  ({ buildServer, listen } = await import('../../api/server.js'));
  ({ isDatabaseEmpty } = await import('../../services/demo/isDatabaseEmpty.js'));
  ({ loadDemoData } = await import('../../services/demo/loadDemoData.js'));
  ({ openServiceContext } = await import('../../services/system/openServiceContext.js'));
}

/** dist/web, built by Vite; this file sits at dist/src/cli/system or src/cli/system. */
export function defaultWebRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fromDist = path.resolve(here, '../../../web');
  return here.includes(`${path.sep}dist${path.sep}`) ? fromDist : path.resolve(here, '../../../dist/web');
}

/**
 * V8 moves an allocation site's objects straight into the old generation once most of them have
 * outlived two young-generation collections. The requests that arrive while a public page is
 * first drawn (after a start or a publication) wait long enough to trip that, and from then on
 * every request's short-lived objects landed in the old generation: the server's memory climbed
 * by 30 MB a second between full collections (190 → 330 MB under bench:http) and each
 * young-generation collection took ten times as long. A server's allocations are per request, so
 * it does without the guess (bench/http/serverProfile.ts shows the difference).
 */
function keepRequestGarbageYoung(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}

interface ServeOptions {
  port?: number;
  host?: string;
  demo?: boolean;
}

export function serveCommand(output: Output): Command {
  return new Command('serve')
    .description('start the web app and API')
    .option('-p, --port <number>', 'port to listen on (default: PORT or 3000)', parsePort)
    .option('--host <host>', 'address to listen on (default: HOST or localhost)')
    .option('--demo', 'load the demo data first if the database is empty')
    .hook('preAction', loadServices)
    .action(async (options: ServeOptions) => {
      keepRequestGarbageYoung();
      // Every setting is checked before the database opens, so a wrong one stops the server with sentences.
      const config = readConfiguration();
      const port = options.port ?? config.PORT;
      const host = options.host ?? config.HOST;
      const ctx = await openServiceContext({ databaseUrl: config.DATABASE_URL });
      try {
        if (options.demo === true && (await isDatabaseEmpty(ctx))) {
          const loaded = await loadDemoData(ctx);
          output.out(`Loaded the demo data (${loaded.units} organisational units).`);
        }
        // Mail settings are checked before the server starts, so a wrong one stops it with a sentence.
        const reminders = await startDailyReminders(ctx, output);
        const app = await buildServer(ctx, {
          webRoot: config.BLUELAMP_WEB_ROOT ?? defaultWebRoot(),
          logger: { level: config.LOG_LEVEL },
          trustProxy: config.BLUELAMP_TRUST_PROXY,
          metricsToken: config.BLUELAMP_METRICS_TOKEN,
        });
        await listen(app, port, host);
        const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
        output.out(`Bluelamp ${ctx.version} is running on ${ctx.store.description}.`);
        output.out(`Open http://${shown}:${port}/ in your browser. Press Ctrl+C to stop.`);
        const stop = () =>
          void Promise.resolve(reminders?.stop())
            .then(() => app.close())
            .then(async () => Promise.all([ctx.store.close(), releasePrintingBrowsers()]));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        await ctx.store.close();
        throw error;
      }
    });
}
