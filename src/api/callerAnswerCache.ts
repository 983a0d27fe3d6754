import type { FastifyReply, FastifyRequest } from 'fastify';
import { INTERNAL_DATA_SCOPE, type ServiceContext, type Session } from '../services/index.js';
import { AnswerCache, answersPerStore, answerVersion, madeByAnother } from './answerCache.js';
import { encodeBody, sendEncoded } from './compressedAnswers.js';
import type { KeptAnswer } from './conditionalAnswers.js';
import type { RouteDefinition } from './route.js';

/** Enough for every internal page of the demo for a few dozen people at once. */
const MAX_ENTRIES = 4000;
/** Bounds the memory the cache holds; no single answer may take more than an eighth of it. */
const MAX_BYTES = 32 * 1024 * 1024;
/** The headers a route sets on its answer that the answer from memory must carry too. */
const KEPT_HEADERS = ['content-type', 'etag', 'link'] as const;

const sharedAnswers = answersPerStore(() => new AnswerCache(MAX_ENTRIES, MAX_BYTES));

/** Which answer a request is making, so that the route's answer is kept once it is sent. */
const making = new WeakMap<FastifyRequest, { readonly key: string; readonly version: string }>();

/** The hooks of one route whose answers are kept per caller (RouteDefinition.keptPerCaller). */
export interface CallerAnswers {
  /**
   * The version of everything the answer could depend on. Read before the caller's session is
   * looked up and before the data, so no answer is ever older than the version it is kept under.
   */
  version(): Promise<string>;
  /** Sends the answer kept for this caller, address and version; false when the route must run. */
  answered(request: FastifyRequest, reply: FastifyReply, session: Session | null, version: string): Promise<boolean>;
  /** The onSend hook that keeps a 200 JSON answer the route made. */
  readonly keep: (request: FastifyRequest, reply: FastifyReply, payload: unknown) => Promise<unknown>;
}

function callerOf(session: Session | null): string {
  return session === null ? 'public' : `user:${session.userId}`;
}

/**
 * Keeps a route's answers per caller and per version of the internal data.
 *
 * An answer from memory skips the use case's permission check, and that is sound: the caller
 * has been authenticated afresh (exchangeFor runs first, so an ended session or a revoked token
 * is still 401), and the kept answer was made for the same user, whose role and units live in
 * tables that raise this version (migration 0032), from the same data, on the same day, by the
 * same release. Same inputs, same decision. A route may be flagged only if its answer depends on
 * nothing else: not on the session beyond its user, nor the clock beyond the day, nor tables
 * left out of the version (LEFT_OUT_OF_INTERNAL_DATA).
 */
export function callerAnswers(ctx: ServiceContext, route: RouteDefinition): CallerAnswers {
  if (route.method !== 'GET' || route.download !== undefined)
    throw new Error(`${route.operationId}: only a JSON read can keep its answers per caller.`);
  const answers = sharedAnswers(ctx.store);
  return {
    version: () => answerVersion(ctx, INTERNAL_DATA_SCOPE),
    async answered(request, reply, session, version) {
      // HEAD shares the handler but sends no body worth keeping.
      if (request.method !== 'GET') return false;
      const key = `${callerOf(session)} ${request.url}`;
      let answer = answers.cache.get(key, version);
      if (answer === undefined && (await madeByAnother(answers, `${version} ${key}`, reply))) {
        answer = answers.cache.get(key, version);
      }
      if (answer === undefined) {
        making.set(request, { key, version });
        return false;
      }
      void sendKept(request, reply, answer);
      return true;
    },
    keep: async (request, reply, payload) => {
      const made = making.get(request);
      // Kept before this answer finishes, so the requests waiting for it find it (madeByAnother).
      if (made !== undefined && reply.statusCode === 200 && (typeof payload === 'string' || Buffer.isBuffer(payload)))
        answers.cache.set(made.key, made.version, await keptAnswer(reply, payload));
      return payload;
    },
  };
}

/**
 * The answer as bytes, so an answer from memory is not encoded again on every request, and
 * compressed once for browsers, which all accept Brotli or gzip: the tracker and the plan tree are
 * tens of kilobytes of JSON. A versioned resource (with an ETag for If-Match) stays as it is, so
 * its tag keeps naming the one representation it was given for.
 */
async function keptAnswer(reply: FastifyReply, payload: string | Buffer): Promise<KeptAnswer> {
  const headers: [string, string][] = [];
  for (const name of KEPT_HEADERS) {
    const value = reply.getHeader(name);
    if (typeof value === 'string') headers.push([name, value]);
  }
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const encoded = reply.hasHeader('etag') ? { identity: body } : await encodeBody(body);
  const bytes = body.length + (encoded.br?.length ?? 0) + (encoded.gzip?.length ?? 0);
  return { body, bytes, headers, encoded };
}

function sendKept(request: FastifyRequest, reply: FastifyReply, answer: KeptAnswer): FastifyReply {
  for (const [name, value] of answer.headers) void reply.header(name, value);
  return sendEncoded(request, reply, answer.encoded ?? { identity: Buffer.from(answer.body) }, undefined);
}
