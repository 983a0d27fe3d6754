import { z } from 'zod';
import { describePeriodKinds } from '../../domain/calendar/index.js';
import { POLARITIES } from '../../domain/measures/index.js';
import { STANDING_PRIORITY_KINDS } from '../../domain/priorities/index.js';
import {
  getBoroughScorecard,
  getCategoryScorecard,
  getEvidencePack,
  getPriorityCatalogue,
  getPrioritySetHistory,
  getPriorityTileMap,
  listPriorityCategoryChoices,
  listPrioritySets,
  recordPrioritySet,
  renderPriorityTileMap,
  setEligibleCategories,
  setStandingPriorities,
  SCORECARD_PERIOD_KINDS,
} from '../../services/index.js';
import { defineRoute, type FileDownload, type RouteDefinition } from '../route.js';
import { isoDate, periodText } from '../schemas.js';
import * as shapes from './schemas.js';

const code = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens, such as burglary' })
  .max(64);
const year = periodText(['financial-year']);
const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max, { error: `must be at most ${max} characters` });
const reason = z.string().max(1000).optional();
const period = z.object({
  period: periodText(SCORECARD_PERIOD_KINDS)
    .optional()
    .describe(`The months to judge (default: the year so far): ${describePeriodKinds(SCORECARD_PERIOD_KINDS)}`),
});

const catalogueRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/priorities/catalogue',
    operationId: 'getPriorityCatalogue',
    summary: 'The crime categories boroughs may choose, and the standing priorities every borough has',
    tag: 'Local priorities',
    access: 'public',
    keptPerCaller: true,
    response: shapes.catalogue,
    handler: (ctx) => getPriorityCatalogue(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/priorities/catalogue/categories',
    operationId: 'listPriorityCategoryChoices',
    summary: 'Every crime category, each marked whether boroughs may choose it as a local priority',
    tag: 'Local priorities',
    access: 'public',
    keptPerCaller: true,
    response: shapes.categoryChoices,
    handler: (ctx) => listPriorityCategoryChoices(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/priorities/eligible-categories',
    operationId: 'setEligibleCategories',
    summary: 'Replace the list of crime categories boroughs may choose as local priorities',
    tag: 'Local priorities',
    access: 'signed-in',
    body: z.strictObject({ categories: z.array(code).min(1).max(100), reason }),
    response: shapes.catalogue,
    handler: (ctx, { body }) => setEligibleCategories(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/priorities/standing',
    operationId: 'setStandingPriorities',
    summary: 'Replace the standing priorities: anti-social behaviour and the mandatory high-harm crimes',
    tag: 'Local priorities',
    access: 'signed-in',
    body: z.strictObject({
      standing: z
        .array(
          z.strictObject({
            code,
            name: text(120),
            kind: z.enum(STANDING_PRIORITY_KINDS),
            categoryCode: code.nullable(),
            measureCode: code.nullable(),
            repeatMeasureCode: code.nullable(),
            polarity: z.enum(POLARITIES),
          }),
        )
        .max(30),
      reason,
    }),
    response: shapes.catalogue,
    handler: (ctx, { body }) => setStandingPriorities(ctx, body),
  }),
];

const setRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/priorities/:year',
    operationId: 'listPrioritySets',
    summary: "Every borough's local priorities for a year, with how many boroughs chose each category",
    tag: 'Local priorities',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ year }),
    response: shapes.prioritySetList,
    handler: (ctx, { params }) => listPrioritySets(ctx, params),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/priorities/:year/sets',
    operationId: 'recordPrioritySet',
    summary: "Record a borough's priority set for a year; a later set is a new version and needs a reason",
    tag: 'Local priorities',
    access: 'signed-in',
    params: z.strictObject({ year }),
    body: z.strictObject({
      borough: code,
      priorities: z
        .array(z.strictObject({ categoryCode: code, qualifier: text(120).nullable().optional() }))
        .min(1)
        .max(10),
      agreedBy: text(300),
      agreedOn: isoDate,
      source: text(300).nullable().optional(),
      reason: text(1000).nullable().optional(),
    }),
    response: z.object({ boroughCode: z.string(), year: z.string(), version: z.number() }),
    created: (set) => `/api/priorities/${set.year}/boroughs/${set.boroughCode}/history`,
    handler: async (ctx, { params, body }) => {
      const set = await recordPrioritySet(ctx, {
        boroughCode: body.borough,
        year: params.year,
        priorities: body.priorities.map((p) => ({ categoryCode: p.categoryCode, qualifier: p.qualifier ?? null })),
        agreedBy: body.agreedBy,
        agreedOn: body.agreedOn,
        source: body.source ?? null,
        reason: body.reason ?? null,
      });
      return { boroughCode: set.boroughCode, year: set.year, version: set.version };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/priorities/:year/boroughs/:borough/history',
    operationId: 'getPrioritySetHistory',
    summary: "Every version of a borough's priority set for a year, with the reasons for changes",
    tag: 'Local priorities',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ year, borough: code }),
    response: z.object({ versions: z.array(shapes.prioritySet) }),
    handler: async (ctx, { params }) => ({ versions: await getPrioritySetHistory(ctx, params) }),
  }),
];

const scorecardRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/priorities/:year/boroughs/:borough',
    operationId: 'getBoroughScorecard',
    summary:
      "A borough's scorecard: each priority's rolling volume and tested change beside London's, then the standing priorities",
    tag: 'Local priorities',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ year, borough: code }),
    query: period.strict(),
    response: shapes.boroughScorecard,
    handler: (ctx, { params, query }) => getBoroughScorecard(ctx, { ...params, period: query.period }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/priorities/:year/boroughs/:borough/evidence',
    operationId: 'getEvidencePack',
    summary:
      "A borough's evidence pack: three years of monthly counts with control limits for every category it may choose",
    tag: 'Local priorities',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ year, borough: code }),
    response: shapes.evidencePack,
    handler: (ctx, { params }) => getEvidencePack(ctx, params),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/priorities/:year/categories/:category',
    operationId: 'getCategoryScorecard',
    summary: 'A category across London: the boroughs that chose it against those that did not, with the gap tested',
    tag: 'Local priorities',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ year, category: code }),
    query: period.strict(),
    response: shapes.categoryScorecard,
    handler: (ctx, { params, query }) => getCategoryScorecard(ctx, { ...params, period: query.period }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/priorities/:year/categories/:category/tile-map',
    operationId: 'getPriorityTileMap',
    summary: "London's boroughs as equal squares, each with the verdict on its change in the category",
    tag: 'Local priorities',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ year, category: code }),
    query: period.strict(),
    response: shapes.tileMap,
    handler: (ctx, { params, query }) => getPriorityTileMap(ctx, { ...params, period: query.period }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/priorities/:year/categories/:category/tile-map.svg',
    operationId: 'getPriorityTileMapSvg',
    summary: 'The tile map as an SVG file, for pages, downloads and printed reports',
    tag: 'Local priorities',
    access: 'public',
    params: z.strictObject({ year, category: code }),
    query: period.strict(),
    download: true,
    response: z.unknown().describe('image/svg+xml'),
    handler: async (ctx, { params, query }): Promise<FileDownload> => {
      const { fileName, svg } = await renderPriorityTileMap(ctx, { ...params, period: query.period });
      return { fileName, mediaType: 'image/svg+xml', content: Buffer.from(svg) };
    },
  }),
];

export const priorityRoutes: RouteDefinition[] = [...catalogueRoutes, ...setRoutes, ...scorecardRoutes];
