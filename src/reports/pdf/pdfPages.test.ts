import { describe, expect, it } from 'vitest';
import { destinationPages } from './pdfPages.js';

/** The skeleton of what Chromium writes: a catalogue, a two-level page tree and named destinations. */
const skeleton = `%PDF-1.4
1 0 obj
<</Type /Page /Parent 4 0 R>>
endobj
2 0 obj
<</Type /Page /Parent 4 0 R>>
endobj
3 0 obj
<</Type /Page /Parent 5 0 R>>
endobj
4 0 obj
<</Type /Pages /Count 2 /Kids [2 0 R 1 0 R] /Parent 5 0 R>>
endobj
5 0 obj
<</Type /Pages /Count 3 /Kids [4 0 R 3 0 R]>>
endobj
6 0 obj
<</intro [1 0 R /XYZ 0 800 0]
/part-3-2 [3 0 R /XYZ 0 800 0]>>
endobj
7 0 obj
<</Type /Catalog
/Pages 5 0 R
/Dests 6 0 R>>
endobj
%%EOF`;

describe('reading which page each anchor landed on', () => {
  it('numbers pages in the page tree’s order, not the order of their objects', () => {
    expect(destinationPages(Buffer.from(skeleton, 'latin1'))).toEqual(
      new Map([
        ['intro', 2],
        ['part-3-2', 3],
      ]),
    );
  });

  it('gives no page numbers, rather than wrong ones, for a PDF it cannot read', () => {
    expect(destinationPages(Buffer.from('%PDF-1.7\n1 0 obj\n<</Type /ObjStm>>\nendobj\n', 'latin1')).size).toBe(0);
  });
});
