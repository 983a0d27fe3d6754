import { z } from 'zod';
import { getOrganisationOverview, getOrgUnit, listBcus, listBoroughs, updateOrgUnit } from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { dateQuery } from '../schemas.js';

const unitKind = z.enum(['force', 'business-group', 'unit', 'bcu', 'borough', 'airports', 'ward']);
const unitSummary = z.object({ code: z.string(), kind: unitKind, name: z.string(), leadCode: z.string().nullable() });
const goLive = z.object({ code: z.string(), label: z.string() }).nullable();
const boroughInBcu = z.object({ code: z.string(), name: z.string(), gssCode: z.string().nullable() });

const overview = z.object({
  on: z.string(),
  force: unitSummary,
  businessGroups: z.array(unitSummary.extend({ units: z.array(unitSummary) })),
  counts: z.object({ bcus: z.number().int(), boroughs: z.number().int(), wards: z.number().int() }),
});

const bcuList = z.object({
  on: z.string(),
  bcus: z.array(
    z.object({ code: z.string(), name: z.string(), goLive, pathfinder: z.boolean(), boroughs: z.array(boroughInBcu) }),
  ),
  boroughsOutsideBcus: z.array(boroughInBcu),
});

const boroughList = z.object({
  on: z.string(),
  boroughs: z.array(
    z.object({
      code: z.string(),
      kind: z.enum(['borough', 'airports']),
      name: z.string(),
      gssCode: z.string().nullable(),
      bcu: z.object({ code: z.string(), name: z.string() }).nullable(),
    }),
  ),
});

const unitDetail = unitSummary.extend({
  gssCode: z.string().nullable(),
  goLive,
  pathfinder: z.boolean(),
  aliases: z.array(z.string()),
  inForceTotal: z.boolean(),
  on: z.string(),
  parent: unitSummary.nullable(),
  children: z.array(unitSummary),
  history: z.array(z.object({ parent: unitSummary, validFrom: z.string().nullable(), validTo: z.string().nullable() })),
});

const unitParams = z.strictObject({
  code: z.string().min(1).max(64, { error: 'must be at most 64 characters' }),
});

const unitChanges = z.strictObject({
  name: z.string().max(200, { error: 'must be at most 200 characters' }).optional(),
  leadCode: z.string().max(20, { error: 'must be at most 20 characters' }).optional(),
  aliases: z
    .array(z.string().min(1).max(200, { error: 'must be at most 200 characters' }))
    .max(20, { error: 'must be at most 20 names' })
    .optional(),
  inForceTotal: z.boolean().optional(),
  reason: z.string().max(1000, { error: 'must be at most 1,000 characters' }).optional(),
});

export const organisationRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/organisation',
    operationId: 'getOrganisationOverview',
    summary: 'The force, its business groups and their units',
    tag: 'Organisation',
    access: 'public',
    keptPerCaller: true,
    query: dateQuery,
    response: overview,
    handler: (ctx, { query }) => getOrganisationOverview(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/organisation/bcus',
    operationId: 'listBcus',
    summary: 'Basic Command Units and the boroughs each covers',
    tag: 'Organisation',
    access: 'public',
    keptPerCaller: true,
    query: dateQuery,
    response: bcuList,
    handler: (ctx, { query }) => listBcus(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/organisation/boroughs',
    operationId: 'listBoroughs',
    summary: 'Boroughs and the airports area, each with its BCU',
    tag: 'Organisation',
    access: 'public',
    keptPerCaller: true,
    query: dateQuery,
    response: boroughList,
    handler: (ctx, { query }) => listBoroughs(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/organisation/units/:code',
    operationId: 'getOrgUnit',
    summary: 'One organisational unit with its parent, children and history',
    tag: 'Organisation',
    access: 'public',
    keptPerCaller: true,
    params: unitParams,
    query: dateQuery,
    response: unitDetail,
    handler: (ctx, { params, query }) => getOrgUnit(ctx, { code: params.code, on: query.on }),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/organisation/units/:code',
    operationId: 'updateOrgUnit',
    summary:
      "Change a unit's name, lead code, the other names data files give it or whether it counts in the force total, with a reason for the audit trail",
    tag: 'Organisation',
    access: 'signed-in',
    params: unitParams,
    body: unitChanges,
    response: unitSummary.extend({ aliases: z.array(z.string()), inForceTotal: z.boolean() }),
    handler: async (ctx, { params, body }) => {
      const unit = await updateOrgUnit(ctx, { code: params.code, ...body });
      return {
        code: unit.code,
        kind: unit.kind,
        name: unit.name,
        leadCode: unit.leadCode,
        aliases: [...(unit.aliases ?? [])],
        inForceTotal: unit.inForceTotal === true,
      };
    },
  }),
];
