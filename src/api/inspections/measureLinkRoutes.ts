import { z } from 'zod';
import { linkFindingMeasure, unlinkFindingMeasure } from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { measureLinkBody, measureLinkParams, measureLinkResult } from './measureLinkSchemas.js';
import { findingParams } from './responseSchemas.js';

/** The measures a finding names to show whether its problem is fixed. */
export const measureLinkRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    url: '/api/findings/:inspection/:ref/measures',
    operationId: 'linkFindingMeasure',
    summary: 'Name a measure that shows whether a finding’s problem is fixed, such as the vetting backlog',
    tag: 'Inspections',
    access: 'signed-in',
    params: findingParams,
    body: measureLinkBody,
    response: z.object({ linked: measureLinkResult }),
    handler: (ctx, { params, body }) => linkFindingMeasure(ctx, { ...params, ...body }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/findings/:inspection/:ref/measures/:measure',
    operationId: 'unlinkFindingMeasure',
    summary: 'Stop a finding naming a measure; the measure and its figures stay',
    tag: 'Inspections',
    access: 'signed-in',
    params: measureLinkParams,
    response: z.object({ unlinked: measureLinkResult }),
    handler: (ctx, { params }) => unlinkFindingMeasure(ctx, params),
  }),
];
