import { getReportingCalendar, listWorkFor, setReportingRule } from '../../services/index.js';
import { planIdParams } from '../plans/schemas.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { myWork, myWorkQuery, reportingCalendar, reportingRule } from './schemas.js';

/** What needs the signed-in person, and the reporting calendar its deadlines come from. */
export const workRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/my-work',
    operationId: 'listMyWork',
    summary: 'What needs the signed-in person: updates, reviews, findings, board actions and quarters to publish',
    description: 'Most urgent first. Deadlines are judged against `on` (default today): due soon means within 7 days.',
    tag: 'Your work',
    access: 'signed-in',
    keptPerCaller: true,
    query: myWorkQuery,
    response: myWork,
    handler: async (ctx, { query }) => {
      const on = query.on ?? ctx.today();
      return { on, items: await listWorkFor(ctx, on) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/reporting-calendar',
    operationId: 'getReportingCalendar',
    summary: "A plan's reporting rule and the days each quarter's updates, reviews and publication fall due",
    tag: 'Quarterly updates',
    access: 'public',
    keptPerCaller: true,
    params: planIdParams,
    response: reportingCalendar,
    handler: (ctx, { params }) => getReportingCalendar(ctx, params),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:planId/reporting-calendar',
    operationId: 'setReportingCalendar',
    summary: "Set a plan's reporting rule, in working days after each quarter ends, for every version of the plan",
    tag: 'Quarterly updates',
    access: 'signed-in',
    params: planIdParams,
    body: reportingRule,
    response: reportingCalendar,
    handler: (ctx, { params, body }) => setReportingRule(ctx, { planId: params.planId, rule: body }),
  }),
];
