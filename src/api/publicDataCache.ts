import type { FastifyReply, FastifyRequest } from 'fastify';
import { currentDataVersion, type ServiceContext } from '../services/index.js';
import {
  PUBLIC_DATA_MAX_AGE_SECONDS,
  answerMadeFrom,
  versionTag,
  type AnswerStore,
  type KeptAnswer,
} from './conditionalAnswers.js';
import { SESSION_COOKIE } from './sessionCookie.js';

/** Enough for every public address of the demo's plans, measures and inspections several times over. */
const MAX_ENTRIES = 2000;
/** Bounds the memory the cache holds, whatever the sizes of the pages in it. */
const MAX_BYTES = 48 * 1024 * 1024;
const CACHE_CONTROL = `public, max-age=${PUBLIC_DATA_MAX_AGE_SECONDS}`;

/**
 * Public answers by address, for one version of the data. Answers for an older version are
 * dropped as soon as a newer one is seen, and the least recently used go first past the bounds.
 */
export class PublicAnswerCache implements AnswerStore {
  private readonly answers = new Map<string, KeptAnswer>();
  private version = '';
  private bytes = 0;

  constructor(
    private readonly maxEntries = MAX_ENTRIES,
    private readonly maxBytes = MAX_BYTES,
  ) {}

  get size(): number {
    return this.answers.size;
  }

  get(url: string, version: string): KeptAnswer | undefined {
    this.moveTo(version);
    const answer = this.answers.get(url);
    if (answer !== undefined) {
      this.answers.delete(url);
      this.answers.set(url, answer);
    }
    return answer;
  }

  set(url: string, version: string, answer: KeptAnswer): void {
    if (version !== this.version || answer.bytes > this.maxBytes / 8) return;
    this.remove(url);
    this.answers.set(url, answer);
    this.bytes += answer.bytes;
    for (const [oldest] of this.answers) {
      if (this.answers.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  private moveTo(version: string): void {
    if (version === this.version) return;
    this.answers.clear();
    this.bytes = 0;
    this.version = version;
  }

  private remove(url: string): void {
    const answer = this.answers.get(url);
    if (answer === undefined) return;
    this.bytes -= answer.bytes;
    this.answers.delete(url);
  }
}

/** One store's answers, and the answers being made now, which later requests wait for. */
interface SharedAnswers {
  readonly cache: PublicAnswerCache;
  readonly making: Map<string, Promise<void>>;
}

const shared = new WeakMap<ServiceContext['store'], SharedAnswers>();

function sharedAnswers(store: ServiceContext['store']): SharedAnswers {
  let answers = shared.get(store);
  if (answers === undefined) {
    answers = { cache: new PublicAnswerCache(), making: new Map() };
    shared.set(store, answers);
  }
  return answers;
}

/**
 * What a public answer depends on besides its address: the published data's version, the day
 * (pages count what is overdue "today") and the release of Bluelamp that drew it.
 */
async function answerVersion(ctx: ServiceContext): Promise<string> {
  const release = ctx.version.replace(/[^A-Za-z0-9.-]/g, '_');
  return `${release}.${await currentDataVersion(ctx)}.${ctx.today()}`;
}

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

/**
 * Whether another request is already making this answer: if so, waits until it has gone out,
 * so that the many requests arriving just after a publication make each page once, not once
 * each. Otherwise this request becomes the one the others wait for.
 */
async function madeByAnother(answers: SharedAnswers, key: string, reply: FastifyReply): Promise<boolean> {
  const making = answers.making.get(key);
  if (making !== undefined) {
    await making;
    return true;
  }
  answers.making.set(
    key,
    new Promise((resolve) => {
      const done = () => {
        answers.making.delete(key);
        resolve();
      };
      reply.raw.once('finish', done).once('close', done);
    }),
  );
  return false;
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
