import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceContext } from '../services/index.js';
import { AnswerCache, answersPerStore, answerVersion, madeByAnother } from './answerCache.js';
import { PUBLIC_DATA_MAX_AGE_SECONDS, answerMadeFrom, versionTag, type KeptAnswer } from './conditionalAnswers.js';
import { SESSION_COOKIE } from './sessionCookie.js';

/** Enough for every public address of the demo's plans, measures and inspections several times over. */
const MAX_ENTRIES = 2000;
/** Bounds the memory the cache holds, whatever the sizes of the pages in it. */
const MAX_BYTES = 48 * 1024 * 1024;
const CACHE_CONTROL = `public, max-age=${PUBLIC_DATA_MAX_AGE_SECONDS}`;

/** Public answers by address, for one version of the open data. */
export class PublicAnswerCache extends AnswerCache {
  constructor(maxEntries = MAX_ENTRIES, maxBytes = MAX_BYTES) {
    super(maxEntries, maxBytes);
  }
}

const sharedAnswers = answersPerStore(() => new PublicAnswerCache());

function anonymous(request: FastifyRequest): boolean {
  // A bearer token or a session is checked by the route as usual: a revoked token is refused on any route.
  return request.headers.authorization === undefined && !(request.headers.cookie ?? '').includes(SESSION_COOKIE);
}

function isTableDownload(request: FastifyRequest): boolean {
  // CSV tables are limited per address (clientLimits.ts), so each one goes through the route.
  return (request.query as { format?: unknown } | undefined)?.format !== undefined;
}

function holds(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim() === etag);
}

function sendKept(reply: FastifyReply, answer: KeptAnswer, etag: string): FastifyReply {
  for (const [name, value] of answer.headers) void reply.header(name, value);
  return reply.header('etag', etag).header('cache-control', CACHE_CONTROL).send(answer.body);
}

/**
 * The onRequest hook of every public data route: reads the data's version (one lookup by key),
 * answers 304 to a client that holds this version, and an answer already made for this address
 * and version from memory. Otherwise the route runs, and conditionalAnswers tags and keeps its
 * answer. The version is read before the data, so an answer is never older than its tag.
 */
export function answerFromCache(ctx: ServiceContext): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const answers = sharedAnswers(ctx.store);
  return async (request, reply) => {
    if (isTableDownload(request)) return;
    const version = await answerVersion(ctx);
    if (anonymous(request)) {
      const etag = versionTag(version);
      if (holds(request.headers['if-none-match'], etag)) {
        await reply.code(304).header('etag', etag).header('cache-control', CACHE_CONTROL).send();
        return;
      }
      let answer = answers.cache.get(request.url, version);
      if (answer === undefined && (await madeByAnother(answers, `${version} ${request.url}`, reply))) {
        answer = answers.cache.get(request.url, version);
      }
      if (answer !== undefined) {
        await sendKept(reply, answer, etag);
        return;
      }
    }
    answerMadeFrom(request, version, answers.cache);
  };
}
