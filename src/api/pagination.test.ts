import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidRequestError } from './errors.js';
import { decodeCursor, encodeCursor, nextPageLink, pageOf, sequenceKey } from './pagination.js';

const mixedKey = z.tuple([z.string(), z.number().int()]);

describe('opaque cursors', () => {
  it('read back exactly the key they were made from, for any key', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), fc.string({ minLength: 1 }), (text, number, list) => {
        const cursor = encodeCursor(list, [text, number]);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeCursor(list, cursor, mixedKey)).toEqual([text, number]);
      }),
    );
  });

  it("refuse another list's cursor, a key of the wrong shape and anything that is not a cursor", () => {
    const refused = (run: () => unknown) => {
      expect(run).toThrow(InvalidRequestError);
      try {
        run();
      } catch (error) {
        expect((error as InvalidRequestError).field).toBe('query.cursor');
      }
    };
    refused(() => decodeCursor('audit', encodeCursor('findings', [3]), sequenceKey));
    refused(() => decodeCursor('audit', encodeCursor('audit', ['3']), sequenceKey));
    refused(() => decodeCursor('audit', encodeCursor('audit', [-1]), sequenceKey));
    refused(() => decodeCursor('audit', encodeCursor('audit', [3, 4]), sequenceKey));
    fc.assert(
      fc.property(fc.string(), (junk) => {
        let key: unknown;
        try {
          key = decodeCursor('audit', junk, sequenceKey);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidRequestError);
          return;
        }
        // The rare string that does decode must still be a well-formed key of this list.
        expect(sequenceKey.safeParse(key).success).toBe(true);
      }),
    );
  });
});

describe('a page cut from a keyset read', () => {
  it('has a next cursor exactly when the read found more than the limit, naming the last entry shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 10 }), (count, limit) => {
        const rows = Array.from({ length: Math.min(count, limit + 1) }, (_, index) => ({ sequence: 100 - index }));
        const page = pageOf('audit', rows, limit, (row) => [row.sequence]);
        expect(page.items).toEqual(rows.slice(0, limit));
        if (count > limit) expect(decodeCursor('audit', page.next!, sequenceKey)).toEqual([100 - limit + 1]);
        else expect(page.next).toBeNull();
      }),
    );
  });
});

describe('the Link to the next page', () => {
  it('keeps the other query parameters and replaces the cursor and limit', () => {
    expect(nextPageLink('/api/audit?actor=a.b&cursor=old&limit=9&entityType=user', 'new', 20)).toBe(
      '</api/audit?actor=a.b&cursor=new&limit=20&entityType=user>; rel="next"',
    );
    expect(nextPageLink('/api/findings', 'abc', 50)).toBe('</api/findings?cursor=abc&limit=50>; rel="next"');
  });

  it('keeps characters a filter may hold encoded, so the address cannot break the header', () => {
    const link = nextPageLink('/api/audit?entityId=%3E%22%2C%20x', 'c', 5);
    expect(link).toBe('</api/audit?entityId=%3E%22%2C+x&cursor=c&limit=5>; rel="next"');
    expect(link.slice(1, -13)).not.toMatch(/[<>" ]/);
  });
});
