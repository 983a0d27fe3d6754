/**
 * Reads, from a PDF Chromium printed, which page each linked anchor of the HTML landed on. A
 * contents list can only give page numbers once the document has been laid out in pages, so the
 * report is printed once, read here, and printed again with the numbers filled in.
 *
 * Only what Chromium (Skia) writes is read: uncompressed objects, a catalogue naming its
 * destinations dictionary (`/Dests n 0 R`, one `/anchor [page 0 R /XYZ …]` entry per anchor that
 * a link points to) and a page tree of `/Kids`. Anything else gives an empty map, and the
 * contents are then printed without page numbers rather than with wrong ones.
 */

function objectBodies(pdf: string): Map<number, string> {
  const bodies = new Map<number, string>();
  for (const match of pdf.matchAll(/(\d+) 0 obj\s*([\s\S]*?)\s*endobj/g)) {
    bodies.set(Number(match[1]), match[2] ?? '');
  }
  return bodies;
}

function refsIn(text: string): number[] {
  return [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
}

/** The page objects in reading order, walking the page tree from its root. */
function pageOrder(bodies: Map<number, string>): number[] {
  const catalog = [...bodies.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body)) ?? '';
  const rootRef = /\/Pages (\d+) 0 R/.exec(catalog)?.[1];
  if (rootRef === undefined) return [];
  const pages: number[] = [];
  const visit = (id: number, depth: number): void => {
    const body = bodies.get(id) ?? '';
    // A malformed tree could loop; no real document nests pages this deep.
    if (depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
      for (const kid of refsIn(kids)) visit(kid, depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(body)) pages.push(id);
  };
  visit(Number(rootRef), 0);
  return pages;
}

/** Anchor id → page number (1 for the first page) for every anchor a link in the document points to. */
export function destinationPages(pdf: Buffer): Map<string, number> {
  const text = pdf.toString('latin1');
  const bodies = objectBodies(text);
  const pages = pageOrder(bodies);
  const destsRef = /\/Dests (\d+) 0 R/.exec(text)?.[1];
  const dests = destsRef === undefined ? '' : (bodies.get(Number(destsRef)) ?? '');
  const found = new Map<string, number>();
  for (const match of dests.matchAll(/\/([A-Za-z0-9_.-]+)\s*\[\s*(\d+) 0 R/g)) {
    const index = pages.indexOf(Number(match[2]));
    if (match[1] !== undefined && index >= 0) found.set(match[1], index + 1);
  }
  return found;
}
