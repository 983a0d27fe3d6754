/**
 * The baseline for npm run bench:http: a bare Fastify route answering a small JSON, in a process
 * of its own like the Bluelamp server it is set beside. It prints its address once listening.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', () => ({ status: 'ok', version: '0.1.0' }));
const address = await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
process.stdout.write(`${address}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
