import type { FastifyReply } from 'fastify';
import { currentDataVersion, type ServiceContext } from '../services/index.js';
import type { AnswerStore, KeptAnswer } from './conditionalAnswers.js';

/**
 * Answers by key, all made from one version of the data. Answers for an older version are
 * dropped as soon as a newer one is seen, and the least recently used go first past the bounds;
 * no single answer may take more than an eighth of the bytes.
 */
export class AnswerCache implements AnswerStore {
  private readonly answers = new Map<string, KeptAnswer>();
  private version = '';
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.answers.size;
  }

  get(key: string, version: string): KeptAnswer | undefined {
    this.moveTo(version);
    const answer = this.answers.get(key);
    if (answer !== undefined) {
      this.answers.delete(key);
      this.answers.set(key, answer);
    }
    return answer;
  }

  set(key: string, version: string, answer: KeptAnswer): void {
    if (version !== this.version || answer.bytes > this.maxBytes / 8) return;
    this.remove(key);
    this.answers.set(key, answer);
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

  private remove(key: string): void {
    const answer = this.answers.get(key);
    if (answer === undefined) return;
    this.bytes -= answer.bytes;
    this.answers.delete(key);
  }
}

/** One store's kept answers, and the answers being made now, which later requests wait for. */
export interface SharedAnswers {
  readonly cache: AnswerCache;
  readonly making: Map<string, Promise<void>>;
}

/** The answers kept for each store (a server, or two servers in one test, on one database). */
export function answersPerStore(make: () => AnswerCache): (store: ServiceContext['store']) => SharedAnswers {
  const shared = new WeakMap<ServiceContext['store'], SharedAnswers>();
  return (store) => {
    let answers = shared.get(store);
    if (answers === undefined) {
      answers = { cache: make(), making: new Map() };
      shared.set(store, answers);
    }
    return answers;
  };
}

/**
 * What a kept answer depends on besides its key: a scope's data version, the day (pages count
 * what is overdue "today") and the release of Bluelamp that drew it.
 */
export async function answerVersion(ctx: ServiceContext, scope?: string): Promise<string> {
  const release = ctx.version.replace(/[^A-Za-z0-9.-]/g, '_');
  return `${release}.${await currentDataVersion(ctx, scope)}.${ctx.today()}`;
}

/**
 * How long a request waits for another to make its answer before making it itself. Making one
 * takes milliseconds; the bound is there so that no request can hold others however it ends.
 */
export const LONGEST_WAIT_MS = 5_000;

/** Whether the request's client is gone: its response will never finish or close again. */
function gone(reply: FastifyReply): boolean {
  return reply.raw.destroyed || reply.raw.writableFinished;
}

/**
 * Whether another request is already making this answer: if so, waits until it has gone out,
 * so that the many requests arriving just after a change make each answer once, not once
 * each. Otherwise this request becomes the one the others wait for — unless its client has
 * already gone (a browser moving to another page drops its requests), since its close has then
 * been and gone and nobody would ever be told it ended.
 */
export async function madeByAnother(answers: SharedAnswers, key: string, reply: FastifyReply): Promise<boolean> {
  const making = answers.making.get(key);
  if (making !== undefined) {
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, LONGEST_WAIT_MS);
    });
    await Promise.race([making, bound]);
    clearTimeout(timer);
    return true;
  }
  if (gone(reply)) return false;
  const made = new Promise<void>((resolve) => {
    const done = () => {
      // Both events come: the second must not take away a later request's promise.
      if (answers.making.get(key) === made) answers.making.delete(key);
      resolve();
    };
    reply.raw.once('finish', done).once('close', done);
  });
  answers.making.set(key, made);
  return false;
}
