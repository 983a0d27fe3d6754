import { z } from 'zod';

const interval = z.object({ lower: z.number(), upper: z.number() });
const share = z.object({ count: z.number(), of: z.number(), rate: z.number(), interval });

const ethnicGroup = z.object({
  group: z.string(),
  searches: z.number(),
  share: z.number(),
  population: z.number().nullable(),
  ratePer1000: z.number().nullable(),
  disproportionality: z
    .object({ ratio: z.number().nullable(), interval, pValue: z.number(), significant: z.boolean() })
    .nullable(),
  findRate: share.nullable(),
  arrestRate: share,
  noFurtherActionRate: share,
  findRateDifference: z.object({ difference: z.number(), interval, significant: z.boolean() }).nullable(),
});

export const stopSearchScrutiny = z.object({
  force: z.object({ code: z.string(), name: z.string() }),
  firstMonth: z.string(),
  lastMonth: z.string(),
  monthsHeld: z.array(z.string()),
  population: z.object({ year: z.number(), source: z.string() }).nullable(),
  searches: z.number(),
  linksRecorded: z.boolean(),
  findRate: share.nullable(),
  arrestRate: share,
  referenceGroup: z.string(),
  months: z.array(z.object({ month: z.string(), searches: z.number(), findRate: share.nullable() })),
  officerDefined: z.array(ethnicGroup),
  selfDefined: z.array(ethnicGroup),
  objects: z.array(
    z.object({
      objectOfSearch: z.string(),
      searches: z.number(),
      share: z.number(),
      findRate: share.nullable(),
      arrestRate: share,
      byEthnicity: z.array(
        z.object({ group: z.string(), searches: z.number(), findRate: share.nullable(), arrestRate: share }),
      ),
    }),
  ),
  outcomes: z.array(z.object({ outcome: z.string(), searches: z.number(), share: z.number() })),
  sentences: z.array(z.string()),
});

const forceRow = z.object({
  code: z.string(),
  name: z.string(),
  crimes: z.number(),
  population: z.number().nullable(),
  ratePer1000: z.number().nullable(),
  monthsMissing: z.array(z.string()),
});

export const forceComparison = z.object({
  category: z.string(),
  categories: z.array(z.object({ code: z.string(), name: z.string() })),
  firstMonth: z.string(),
  lastMonth: z.string(),
  force: forceRow,
  peers: z.array(forceRow),
  groupRatePer1000: z.number().nullable(),
  againstPeers: z.object({ ratio: z.number().nullable(), interval, significant: z.boolean() }).nullable(),
  months: z.array(z.object({ month: z.string(), crimes: z.number() })),
  localAuthorities: z.array(z.object({ name: z.string(), crimes: z.number(), inArea: z.boolean().nullable() })),
});

export const slice = z.object({
  id: z.number(),
  force: z.string(),
  forceName: z.string(),
  month: z.string(),
  layout: z.string(),
  fileName: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  rowsRead: z.number(),
  rowsLoaded: z.number(),
  rowsOutOfArea: z.number(),
  rowsNoLocation: z.number(),
  rowsUnmappedArea: z.number(),
  problems: z.array(
    z.object({
      file: z.string(),
      row: z.number().nullable(),
      column: z.string().nullable(),
      message: z.string(),
      fatal: z.boolean(),
    }),
  ),
  loadedAt: z.string(),
});

/** A source name the taxonomy maps, and the category it means. */
export const categoryMapping = z.object({
  source: z.string(),
  sourceKey: z.string(),
  major: z.string().nullable(),
  minor: z.string().nullable(),
  crimeType: z.string().nullable(),
  categoryCode: z.string(),
  categoryName: z.string(),
});

/** The areas a crime file gives counts for. */
const loadedAreas = z.object({
  boroughs: z.array(z.string()),
  others: z.array(z.string()),
  wards: z.number().int(),
  wardsCreated: z.number().int(),
});

/** What loading an MPS file would do, and every problem that stops it, each by file, row and column. */
export const mpsFileCheck = z.object({
  fileName: z.string(),
  vintage: z.string(),
  level: z.enum(['borough', 'ward']),
  firstMonth: z.string(),
  lastMonth: z.string(),
  rowsRead: z.number().int(),
  counts: z.number().int(),
  areas: loadedAreas,
  wardBoundariesFrom: z.string().nullable(),
  problems: z.array(
    z.object({
      file: z.string(),
      row: z.number().int().nullable(),
      column: z.string().nullable(),
      problem: z.string(),
    }),
  ),
});
