import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** How long a browser or proxy may reuse public open data before asking again (it then revalidates). */
export const PUBLIC_DATA_MAX_AGE_SECONDS = 300;

/** What a route's Fastify config carries for this hook. */
export interface ConditionalConfig {
  /** Public data anyone may cache for a while, tagged with a digest of the answer. */
  readonly publicData?: boolean;
}

function strongTag(payload: string | Buffer): string {
  return `"${createHash('sha256').update(payload).digest('hex')}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate === etag;
  });
}

/**
 * Tags a successful answer and answers 304 Not Modified to a client that already holds it. Public
 * open data gets a digest of its body as its ETag and a few minutes of caching; a published file
 * comes with its stored digest already set. Anything else passes untouched.
 */
function tagged(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
  const config = request.routeOptions.config as ConditionalConfig;
  let etag = reply.getHeader('etag');
  if (config.publicData === true) {
    etag ??= strongTag(payload);
    void reply.header('etag', etag).header('cache-control', `public, max-age=${PUBLIC_DATA_MAX_AGE_SECONDS}`);
  }
  if (typeof etag !== 'string' || !matches(request.headers['if-none-match'], etag)) return payload;
  void reply.code(304).removeHeader('content-length').removeHeader('content-disposition');
  return '';
}

/** The route hook: Fastify takes an onSend hook's answer from the promise it returns. */
export function conditionalAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  return Promise.resolve(tagged(request, reply, payload));
}
