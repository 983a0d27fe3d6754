import { Readable } from 'node:stream';
import { z } from 'zod';
import {
  checkMpsBoroughFile,
  compareForces,
  getStopSearchScrutiny,
  importPoliceUkFile,
  listCrimeCategoryMappings,
  listPoliceUkForces,
  listPoliceUkSlices,
  setForceArea,
  setMostSimilarGroup,
} from '../../services/index.js';
import { idKey, isPaged, optionalPageQueryFields } from '../listPages.js';
import { decodeCursor, nextCursorField, pageOf } from '../pagination.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { categoryMapping, forceComparison, mpsFileCheck, slice, stopSearchScrutiny } from './schemas.js';

/** Slices as the manifest shows them, their recorded problems read back from JSON. */
const problemsRead = (found: Awaited<ReturnType<typeof listPoliceUkSlices>>) =>
  found.map(({ problemsJson, ...rest }) => ({
    ...rest,
    problems: JSON.parse(problemsJson) as z.infer<typeof slice>['problems'],
  }));

/** Tags the manifest's cursors, so another list's cannot be passed off as one. */
const SLICE_LIST = 'police-uk-slices';

const forceCode = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a police.uk force code such as metropolitan' })
  .max(60);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month such as 2018-04' });

const sliceOutcome = z.object({
  file: z.string(),
  slice: z.object({ force: z.string(), month: z.string(), layout: z.string() }).nullable(),
  outcome: z.enum(['loaded', 'refused', 'skipped']),
  rowsRead: z.number(),
  rowsLoaded: z.number(),
  outOfArea: z.number(),
  noLocation: z.number(),
  unmappedArea: z.number(),
  problems: slice.shape.problems,
});

const isoDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD' });

const mpsRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    url: '/api/crime-data/mps-borough/check',
    operationId: 'checkMpsBoroughFile',
    summary:
      'Check an MPS recorded-crime file (borough or ward level, any vintage) as a load would, writing nothing: what would load, and every problem as data',
    tag: 'Crime data',
    access: 'signed-in',
    body: z.strictObject({
      fileName: z.string().min(1).max(255),
      contentBase64: z.base64({ error: 'must be the file encoded as base64' }).max(40_000_000),
      wardBoundariesFrom: isoDate.optional(),
    }),
    bodyLimit: 32 * 1024 * 1024,
    response: mpsFileCheck,
    handler: async (ctx, { body }) => {
      const check = await checkMpsBoroughFile(ctx, {
        fileName: body.fileName,
        content: Readable.from([Buffer.from(body.contentBase64, 'base64')]),
        wardBoundariesFrom: body.wardBoundariesFrom,
      });
      return {
        ...check,
        level: check.level === 'ward' ? ('ward' as const) : ('borough' as const),
        problems: check.problems.map((p) => ({ file: p.file, row: p.row, column: p.column, problem: p.message })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/crime-categories/mappings',
    operationId: 'listCrimeCategoryMappings',
    summary:
      'Every source name the crime taxonomy maps (MPS major / minor of each vintage, police.uk crime types) and its category',
    tag: 'Crime data',
    access: 'public',
    keptPerCaller: true,
    response: z.object({ mappings: z.array(categoryMapping) }),
    handler: async (ctx) => ({ mappings: await listCrimeCategoryMappings(ctx) }),
  }),
];

export const crimeDataRoutes: RouteDefinition[] = [
  ...mpsRoutes,
  defineRoute({
    method: 'POST',
    url: '/api/crime-data/police-uk',
    operationId: 'importPoliceUkFile',
    summary:
      'Load one police.uk CSV (street, outcomes or stop and search), named as police.uk names it, its slice replaced whole; or a police.uk archive (.zip), slice by slice',
    tag: 'Crime data',
    access: 'signed-in',
    body: z.strictObject({
      fileName: z.string().min(1).max(255),
      contentBase64: z.base64({ error: 'must be the file encoded as base64' }).max(40_000_000),
      acceptSmaller: z
        .boolean()
        .optional()
        .describe('replace the held slice even when the file has under 80% of its rows (refused otherwise)'),
    }),
    bodyLimit: 32 * 1024 * 1024,
    response: z.object({
      slices: z.array(sliceOutcome),
      loaded: z.number(),
      refused: z.number(),
      skipped: z.number(),
      rowsRead: z.number(),
      rowsLoaded: z.number(),
    }),
    handler: (ctx, { body }) =>
      importPoliceUkFile(ctx, {
        fileName: body.fileName,
        content: Buffer.from(body.contentBase64, 'base64'),
        acceptSmaller: body.acceptSmaller,
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/police-uk/forces',
    operationId: 'listPoliceUkForces',
    summary: 'Forces with police.uk data loaded, the months held and each one’s most similar group',
    tag: 'Crime data',
    access: 'public',
    keptPerCaller: true,
    response: z.object({
      forces: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          peers: z.array(z.string()),
          months: z.object({ first: z.string(), last: z.string() }).nullable(),
        }),
      ),
    }),
    handler: async (ctx) => ({ forces: await listPoliceUkForces(ctx) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/police-uk/slices',
    operationId: 'listPoliceUkSlices',
    summary: 'The load manifest: every slice held (force × month × layout), its file, checksum, rows and problems',
    tag: 'Crime data',
    access: 'signed-in',
    keptPerCaller: true,
    query: z.strictObject({ force: forceCode.optional(), ...optionalPageQueryFields }),
    response: z.object({ slices: z.array(slice), next: nextCursorField.optional() }),
    nextCursor: (result) => result.next ?? null,
    // A page is a keyset read on the slice id in the store, one row more than the limit to know
    // whether there is a next; without a limit the whole manifest comes back as it always has.
    handler: async (ctx, { query }) => {
      const { limit, cursor, ...filter } = query;
      const request = { limit, cursor };
      if (!isPaged(request)) return { slices: problemsRead(await listPoliceUkSlices(ctx, filter)) };
      const afterId = cursor === undefined ? {} : { afterId: decodeCursor(SLICE_LIST, cursor, idKey)[0] };
      const found = await listPoliceUkSlices(ctx, { ...filter, ...afterId, limit: request.limit + 1 });
      const page = pageOf(SLICE_LIST, found, request.limit, (row) => [row.id]);
      return { slices: problemsRead(page.items), next: page.next };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/police-uk/forces/:force/compare',
    operationId: 'compareForces',
    summary:
      'A crime category for a force against its most similar group: counts, rates per 1,000, group rate (sum over sum)',
    tag: 'Crime data',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ force: forceCode }),
    query: z.strictObject({ category: z.string().min(1).max(64), from: month, to: month }),
    response: forceComparison,
    handler: (ctx, { params, query }) =>
      compareForces(ctx, {
        force: params.force,
        category: query.category,
        firstMonth: query.from,
        lastMonth: query.to,
      }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/police-uk/forces/:force/most-similar-group',
    operationId: 'setMostSimilarGroup',
    summary: 'Set the forces a force is compared with (its most similar group)',
    tag: 'Crime data',
    access: 'signed-in',
    params: z.strictObject({ force: forceCode }),
    body: z.strictObject({ peers: z.array(forceCode).max(10) }),
    response: z.object({ force: z.string(), peers: z.array(z.string()) }),
    handler: (ctx, { params, body }) => setMostSimilarGroup(ctx, { force: params.force, peers: body.peers }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/police-uk/forces/:force/area',
    operationId: 'setForceArea',
    summary: 'Set the local authorities a force polices (rows elsewhere count as out of its area)',
    tag: 'Crime data',
    access: 'signed-in',
    params: z.strictObject({ force: forceCode }),
    body: z.strictObject({ localAuthorities: z.array(z.string().min(1).max(100)).max(60) }),
    response: z.object({ force: z.string(), localAuthorities: z.array(z.string()) }),
    handler: (ctx, { params, body }) =>
      setForceArea(ctx, { force: params.force, localAuthorities: body.localAuthorities }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/stop-and-search/:force',
    operationId: 'getStopSearchScrutiny',
    summary:
      'Stop and search scrutiny for a force: searches by month and ethnicity, rates per 1,000, disproportionality, outcome and find rates by ethnicity and object',
    tag: 'Crime data',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ force: forceCode }),
    query: z.strictObject({ from: month.optional(), to: month.optional() }),
    response: stopSearchScrutiny,
    handler: (ctx, { params, query }) =>
      getStopSearchScrutiny(ctx, { force: params.force, firstMonth: query.from, lastMonth: query.to }),
  }),
];
