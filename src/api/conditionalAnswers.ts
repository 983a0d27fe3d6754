import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EncodedBody } from './compressedAnswers.js';

/** How long a browser or proxy may reuse public open data before asking again (it then revalidates). */
export const PUBLIC_DATA_MAX_AGE_SECONDS = 300;

/** What a route's Fastify config carries for this hook. */
export interface ConditionalConfig {
  /** Public data anyone may cache for a while, tagged with a digest of the answer. */
  readonly publicData?: boolean;
}

/** An answer kept for the next request to the same address: its body and its own headers. */
export interface KeptAnswer {
  readonly body: string | Buffer;
  /** Everything the answer holds in memory, its compressed copies included. */
  readonly bytes: number;
  readonly headers: readonly (readonly [string, string])[];
  /** The body compressed once, to answer in the coding a request accepts (compressedAnswers.ts). */
  readonly encoded?: EncodedBody;
}

/** Where answers made from a known version of the data are kept (publicDataCache.ts). */
export interface AnswerStore {
  set(url: string, version: string, answer: KeptAnswer): void;
}

/** The headers a kept answer carries beyond those every answer gets. */
const KEPT_HEADERS = ['content-type', 'content-disposition', 'content-security-policy'] as const;

const madeFrom = new WeakMap<FastifyRequest, { readonly version: string; readonly store: AnswerStore }>();

/** The ETag of every public answer made from one version of the data. */
export function versionTag(version: string): string {
  return `"${version}"`;
}

/**
 * Says which version of the data a request's answer is being made from, read before the data
 * itself: the answer is then tagged with that version rather than a digest of its body, and kept.
 */
export function answerMadeFrom(request: FastifyRequest, version: string, store: AnswerStore): void {
  madeFrom.set(request, { version, store });
}

function keep(request: FastifyRequest, reply: FastifyReply, body: string | Buffer): string | undefined {
  const made = madeFrom.get(request);
  if (made === undefined) return undefined;
  const headers: [string, string][] = [];
  for (const name of KEPT_HEADERS) {
    const value = reply.getHeader(name);
    if (typeof value === 'string') headers.push([name, value]);
  }
  // Kept as bytes, so an answer from memory is not encoded again on every request.
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  made.store.set(request.url, made.version, { body: bytes, bytes: bytes.length, headers });
  return versionTag(made.version);
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
 * open data gets the version of the data it was made from as its ETag (or, where none was read,
 * a digest of its body) and a few minutes of caching; a published file (sent as a download)
 * comes with its stored digest already set. Anything else, versioned resources included, passes
 * untouched.
 */
function tagged(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
  const config = request.routeOptions.config as ConditionalConfig;
  let etag = reply.getHeader('etag');
  if (config.publicData === true) {
    etag ??= keep(request, reply, payload) ?? strongTag(payload);
    void reply.header('etag', etag).header('cache-control', `public, max-age=${PUBLIC_DATA_MAX_AGE_SECONDS}`);
  }
  // A versioned resource's tag is for If-Match: its body also shows things judged on the day
  // (overdue) that change while the version does not, so it is never answered 304.
  const revalidates = config.publicData === true || reply.hasHeader('content-disposition');
  if (!revalidates || typeof etag !== 'string' || !matches(request.headers['if-none-match'], etag)) return payload;
  void reply.code(304).removeHeader('content-length').removeHeader('content-disposition');
  return '';
}

/** The route hook: Fastify takes an onSend hook's answer from the promise it returns. */
export function conditionalAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  return Promise.resolve(tagged(request, reply, payload));
}
