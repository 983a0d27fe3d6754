import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { buildServer, listen } from '../../api/index.js';
import { isDatabaseEmpty, loadDemoData, openServiceContext } from '../../services/index.js';
import { parsePort } from '../options.js';
import type { Output } from '../output.js';

/** dist/web, built by Vite; this file sits at dist/src/cli/system or src/cli/system. */
export function defaultWebRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fromDist = path.resolve(here, '../../../web');
  return here.includes(`${path.sep}dist${path.sep}`) ? fromDist : path.resolve(here, '../../../dist/web');
}

interface ServeOptions {
  port: number;
  host: string;
  demo?: boolean;
}

export function serveCommand(output: Output): Command {
  const envPort = process.env.PORT;
  return new Command('serve')
    .description('start the web app and API')
    .option(
      '-p, --port <number>',
      'port to listen on (default: PORT or 3000)',
      parsePort,
      envPort ? parsePort(envPort) : 3000,
    )
    .option('--host <host>', 'address to listen on (default: HOST or localhost)', process.env.HOST ?? 'localhost')
    .option('--demo', 'load the demo data first if the database is empty')
    .action(async (options: ServeOptions) => {
      const ctx = await openServiceContext({ databaseUrl: process.env.DATABASE_URL });
      try {
        if (options.demo === true && (await isDatabaseEmpty(ctx))) {
          const loaded = await loadDemoData(ctx);
          output.out(`Loaded the demo data (${loaded.units} organisational units).`);
        }
        const app = await buildServer(ctx, {
          webRoot: process.env.BLUELAMP_WEB_ROOT ?? defaultWebRoot(),
          logger: { level: process.env.LOG_LEVEL ?? 'warn' },
        });
        await listen(app, options.port, options.host);
        const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
        output.out(`Bluelamp ${ctx.version} is running on ${ctx.store.description}.`);
        output.out(`Open http://${shown}:${options.port}/ in your browser. Press Ctrl+C to stop.`);
        const stop = () => void app.close().then(() => ctx.store.close());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        await ctx.store.close();
        throw error;
      }
    });
}
