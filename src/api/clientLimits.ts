import { BluelampProblem } from '../domain/errors.js';
import type { ServiceContext } from '../services/index.js';
import type { HttpExchange } from './route.js';

const MINUTE_MS = 60_000;
/** Past this many callers remembered, those whose minute has passed are forgotten. */
const SWEEP_AT = 10_000;

/** How many heavy downloads one address may ask for a minute: BLUELAMP_DOWNLOADS_PER_MINUTE, or 30. */
export function downloadsPerMinute(setting: string | undefined = process.env.BLUELAMP_DOWNLOADS_PER_MINUTE): number {
  const value = Number(setting);
  return setting !== undefined && Number.isInteger(value) && value > 0 ? value : 30;
}

/** The times of each address's recent requests, oldest first, within the last minute. */
class ClientWindow {
  private readonly seen = new Map<string, number[]>();

  constructor(readonly limit: number) {}

  /** Counts a request, or says how many seconds until the address may ask again. */
  take(client: string, now: number): number | null {
    if (this.seen.size > SWEEP_AT) this.sweep(now);
    const times = (this.seen.get(client) ?? []).filter((time) => time > now - MINUTE_MS);
    if (times.length >= this.limit) {
      this.seen.set(client, times);
      return Math.max(1, Math.ceil(((times[0] ?? now) + MINUTE_MS - now) / 1000));
    }
    times.push(now);
    this.seen.set(client, times);
    return null;
  }

  private sweep(now: number): void {
    for (const [client, times] of this.seen) {
      if ((times.at(-1) ?? 0) <= now - MINUTE_MS) this.seen.delete(client);
    }
  }
}

// One window per database a server serves, so servers (and tests) on different stores never share counts.
const windows = new WeakMap<ServiceContext['store'], ClientWindow>();

/**
 * Files that cost the server real work (PDF, Word, CSV) are limited per address for callers who are
 * not signed in: beyond the limit the answer is 429 with Retry-After. The address is the one the
 * server trusts (BLUELAMP_TRUST_PROXY), so a client cannot spread its requests over made-up ones.
 */
export function limitHeavyDownload(ctx: ServiceContext, http: HttpExchange): void {
  if (http.session !== null) return;
  let window = windows.get(ctx.store);
  if (window === undefined) {
    window = new ClientWindow(downloadsPerMinute());
    windows.set(ctx.store, window);
  }
  const wait = window.take(http.client, Date.now());
  if (wait !== null) {
    throw new BluelampProblem(
      'rate-limited',
      `This address has downloaded ${window.limit} files in the last minute, the most Bluelamp serves one ` +
        `address without signing in. Try again in ${wait} seconds.`,
      undefined,
      { retryAfterSeconds: wait },
    );
  }
}
