import { z } from 'zod';
import { FINDING_KINDS, FINDING_STATES, GRADES } from '../../domain/inspections/index.js';
import { getInspection, listFindings, listInspections, listMyFindings } from '../../services/index.js';
import { idKey, optionalPageQueryFields, pageOfWhole, type PageKey } from '../listPages.js';
import { nextCursorField } from '../pagination.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { isoDate } from '../schemas.js';
import { storedFinding } from './responseSchemas.js';

const key = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/, { error: 'must be an inspection key such as peel-2018-19-met, or its id' });
/** The findings tracker's filters; the tracker's downloads take the same. */
export const findingQuery = z.strictObject({
  inspection: key.optional(),
  kind: z.enum(FINDING_KINDS).optional(),
  component: z.string().max(100).optional(),
  owner: z.string().max(40).optional(),
  state: z.enum(FINDING_STATES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  on: isoDate.optional().describe('The day to judge overdue on (default today)'),
});

const counts = z.object(Object.fromEntries(FINDING_KINDS.map((kind) => [kind, z.number()])));

const inspection = z.object({
  id: z.number(),
  key: z.string(),
  programmeKey: z.string(),
  programmeName: z.string(),
  programmeYear: z.string(),
  force: z.string(),
  title: z.string(),
  publishedOn: z.string(),
  source: z.string(),
  findings: counts,
});

const judgment = z.object({
  key: z.string(),
  name: z.string(),
  question: z.string().nullable(),
  aliases: z.array(z.string()),
  themes: z.array(z.string()),
  grade: z.enum(GRADES),
  previousGrade: z.enum(GRADES).nullable(),
  carriedForward: z.boolean(),
  gradeLabel: z.string(),
  previousGradeLabel: z.string().nullable(),
});

const FINDINGS_PAGES: PageKey<{ readonly id: number }, [number]> = {
  list: 'findings',
  keyOf: (finding) => [finding.id],
  shape: idKey,
};

export const inspectionRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/inspections',
    operationId: 'listInspections',
    summary: 'Every inspection report loaded, latest first, with its findings counted by kind',
    tag: 'Inspections',
    access: 'public',
    keptPerCaller: true,
    response: z.object({ inspections: z.array(inspection) }),
    handler: (ctx) => listInspections(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/inspections/:inspection',
    operationId: 'getInspection',
    summary: 'An inspection: its judgments on pillars and components, and its findings counted by kind and state',
    tag: 'Inspections',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ inspection: key }),
    response: inspection.extend({
      pillars: z.array(judgment.extend({ components: z.array(judgment).readonly() })).readonly(),
      byState: z.record(z.string(), z.record(z.string(), z.number())),
    }),
    handler: (ctx, { params }) => getInspection(ctx, params),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/findings',
    operationId: 'listFindings',
    summary: 'The findings tracker: findings by inspection, kind, component, owner and state, or those overdue',
    tag: 'Inspections',
    access: 'public',
    keptPerCaller: true,
    query: findingQuery.extend(optionalPageQueryFields),
    response: z.object({ on: z.string(), findings: z.array(storedFinding), next: nextCursorField.optional() }),
    nextCursor: (result) => result.next ?? null,
    // Overdue depends on the day, so the tracker is computed whole in the service and paged here
    // after filtering, on the finding's id.
    handler: async (ctx, { query }) => {
      const { limit, cursor, ...filter } = query;
      const found = await listFindings(ctx, { ...filter, overdue: filter.overdue === 'true' });
      if (limit === undefined && cursor === undefined) return found;
      const page = pageOfWhole(found.findings, { limit, cursor }, FINDINGS_PAGES);
      return { ...found, findings: page.items, next: page.next };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/findings/mine',
    operationId: 'listMyFindings',
    summary:
      'The findings still to be answered by the signed-in person, soonest deadline first: for an owner, those ' +
      'owned by a unit their scope covers; for the performance team and administrators, all of them',
    tag: 'Inspections',
    access: 'signed-in',
    keptPerCaller: true,
    query: z.strictObject({ on: isoDate.optional().describe('The day to judge scope and overdue on (default today)') }),
    response: z.object({ on: z.string(), findings: z.array(storedFinding) }),
    handler: (ctx, { query }) => listMyFindings(ctx, query),
  }),
];
