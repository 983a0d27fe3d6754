import { z } from 'zod';
import { InvalidRequestError } from './errors.js';
import { MAX_PAGE_LIMIT, decodeCursor, encodeCursor, type CursorKey } from './pagination.js';

/**
 * The query fields of a list that pages only when asked: without `limit` the whole list comes
 * back as it always has (the web app shows whole lists); with it, one page and a Link to the next.
 */
export const optionalPageQueryFields = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_LIMIT)
    .optional()
    .describe(`entries to a page, at most ${MAX_PAGE_LIMIT}; without it the whole list comes back in one answer`),
  cursor: z
    .string()
    .max(400)
    .optional()
    .describe('where the page starts: the cursor in the Link header (rel="next") of the page before; needs limit'),
};

/** A list's page request as its query schema reads it. */
export interface PageRequest {
  readonly limit?: number | undefined;
  readonly cursor?: string | undefined;
}

/**
 * Whether a list is asked for a page rather than whole. A cursor alone is refused: the Link a
 * page gives always carries the limit with it.
 */
export function isPaged(request: PageRequest): request is PageRequest & { readonly limit: number } {
  if (request.limit !== undefined) return true;
  if (request.cursor !== undefined)
    throw new InvalidRequestError('query.limit', 'query.cursor comes with the limit of the page before it.');
  return false;
}

/** The unique key a list is paged on, and how a cursor's copy of it is checked. */
export interface PageKey<T, K extends CursorKey> {
  /** Tags the list's cursors, so another list's cannot be passed off as one. */
  readonly list: string;
  readonly keyOf: (item: T) => K;
  readonly shape: z.ZodType<K>;
}

function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const left = a[index];
    const right = b[index];
    if (left === right) continue;
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    return left < right ? -1 : 1;
  }
  return 0;
}

/**
 * One page of a list already read whole, or the whole list when no limit is asked for. A page is
 * ordered on the list's unique key (not the unpaged order, which may tie), so a cursor naming the
 * last key shown starts the next page exactly after it even if that entry has since gone.
 * The lists paged this way are small and computed in a service after filtering; the key keeps
 * the pages stable however the service orders them.
 */
export function pageOfWhole<T, K extends CursorKey>(
  all: readonly T[],
  request: PageRequest,
  key: PageKey<T, K>,
): { readonly items: T[]; readonly next: string | null } {
  if (!isPaged(request)) return { items: [...all], next: null };
  const { limit, cursor } = request;
  const after = cursor === undefined ? null : decodeCursor(key.list, cursor, key.shape);
  const ordered = all
    .map((item) => ({ item, key: key.keyOf(item) }))
    .filter((entry) => after === null || compareKeys(entry.key, after) > 0)
    .sort((a, b) => compareKeys(a.key, b.key));
  const items = ordered.slice(0, limit);
  const last = items.at(-1);
  const next = ordered.length > limit && last !== undefined ? encodeCursor(key.list, last.key) : null;
  return { items: items.map((entry) => entry.item), next };
}

/** The key shape of lists paged on one whole-number id. */
export const idKey = z.tuple([z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]);

/** The key shape of lists paged on one text key. */
export const textKey = z.tuple([z.string().max(300)]);

const nextOfArray = new WeakMap<object, string>();

/**
 * A page of a list whose body is a bare array keeps that shape: its next cursor travels beside
 * it, for the route's nextCursor to put in the Link header only.
 */
export function arrayPage<T>(page: { readonly items: T[]; readonly next: string | null }): T[] {
  if (page.next !== null) nextOfArray.set(page.items, page.next);
  return page.items;
}

/** The next cursor a bare-array page was given, if any. */
export function nextCursorOfArray(items: object): string | null {
  return nextOfArray.get(items) ?? null;
}
