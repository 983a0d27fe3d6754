import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/index.js';
import type { ServiceContext } from '../../src/services/index.js';

/** The built web app; BLUELAMP_TEST_WEB_ROOT points at another build so parallel work does not race on one folder. */
export const WEB_ROOT = process.env.BLUELAMP_TEST_WEB_ROOT ?? fileURLToPath(new URL('../../dist/web', import.meta.url));

/** The real server with the built web app, listening on a free local port. */
export async function serveWebApp(ctx: ServiceContext): Promise<{ app: FastifyInstance; baseUrl: string }> {
  if (!fs.existsSync(`${WEB_ROOT}/index.html`)) {
    throw new Error('Run "npm run build" before the browser tests: they load the built web app.');
  }
  const app = await buildServer(ctx, { webRoot: WEB_ROOT });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, baseUrl: address };
}
