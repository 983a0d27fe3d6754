import { z } from 'zod';
import { InvalidRequestError } from './errors.js';

/** The most entries one page of any list may hold, and how many it holds when the caller does not say. */
export const MAX_PAGE_LIMIT = 200;
export const DEFAULT_PAGE_LIMIT = 50;

/** The query fields every cursor-paged list accepts, to spread into its query schema. */
export const cursorQueryFields = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_LIMIT)
    .default(DEFAULT_PAGE_LIMIT)
    .describe(`entries to a page, at most ${MAX_PAGE_LIMIT}`),
  cursor: z
    .string()
    .max(400)
    .optional()
    .describe(
      'where the page starts: the next cursor of the page before (also in its Link header); absent for the first',
    ),
};

/** A page's body carries the cursor of the page after it, or null on the last page. */
export const nextCursorField = z
  .string()
  .nullable()
  .describe('the cursor of the next page (also sent as a Link header with rel="next"), or null on the last page');

/** The sort key of the last entry a page showed; the next page starts after it. */
export type CursorKey = readonly (string | number)[];

/**
 * A cursor is opaque to callers: the last sort key as base64url JSON, tagged with the list it
 * belongs to so that one list's cursor handed to another is refused rather than misread.
 */
export function encodeCursor(list: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

const badCursor = (): InvalidRequestError =>
  new InvalidRequestError(
    'query.cursor',
    'query.cursor is not a cursor this list gave out: start again from the first page.',
  );

/** Reads a cursor back into the key `shape` describes; anything else is the caller's mistake, a 400. */
export function decodeCursor<K extends CursorKey>(list: string, cursor: string, shape: z.ZodType<K>): K {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw badCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed[0] !== list) throw badCursor();
  const key = shape.safeParse(parsed.slice(1));
  if (!key.success) throw badCursor();
  return key.data;
}

/** The key shape of lists sorted by one whole number, such as the audit trail's sequence. */
export const sequenceKey = z.tuple([z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]);

/**
 * Cuts a keyset read of `limit + 1` rows down to the page and the cursor of the next: the extra
 * row only says that there is more, so no count is needed to know.
 */
export function pageOf<T>(
  list: string,
  rows: readonly T[],
  limit: number,
  keyOf: (row: T) => CursorKey,
): { readonly items: T[]; readonly next: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last !== undefined ? encodeCursor(list, keyOf(last)) : null };
}

/**
 * The address of the next page, for the Link header: the request's own path and query, with the
 * cursor swapped for the next one and the limit made explicit, so filters travel with it.
 */
export function nextPageLink(requestUrl: string, cursor: string, limit: number): string {
  const url = new URL(requestUrl, 'http://bluelamp.invalid');
  url.searchParams.set('cursor', cursor);
  url.searchParams.set('limit', String(limit));
  return `<${url.pathname}${url.search}>; rel="next"`;
}
