import { authorise } from '../../authorise.js';
import type { ServiceContext } from '../../context.js';
import { listPlans } from '../../plans/listPlans.js';
import { listInspectionPaths } from './inspectionPages.js';
import { listMeasurePaths } from './measurePages.js';
import { listPriorityPaths } from './priorityPages.js';
import { listPublishedQuarters } from './progressPages.js';
import { listReportPaths } from './reportPages.js';
import { listBoardPaperPaths } from '../../board/publicPaperPages.js';
import { asPublic, HOME, INSPECTIONS, MEASURES, planPath, PLANS, PROGRESS, progressPath } from './publicContext.js';

async function planPaths(ctx: ServiceContext): Promise<string[]> {
  const { plans } = await listPlans(ctx);
  const paths: string[] = [];
  for (const plan of plans.filter((p) => p.state === 'published')) {
    const quarters = await listPublishedQuarters(ctx, { plan: plan.key });
    paths.push(planPath(plan.key), progressPath(plan.key), ...quarters.map((q) => progressPath(plan.key, q)));
  }
  return paths;
}

/**
 * Every page of the public transparency site, from the data: the home page, each published plan
 * with its progress and each published quarter, each measure, each year's local priorities and
 * each crime chosen, each inspection, each published report. The browser test visits them all.
 * /public/priorities (the latest year) is not listed: it is another address of a page listed here.
 */
export async function listPublicPages(ctx: ServiceContext): Promise<string[]> {
  authorise(ctx, 'plans.read');
  const reader = asPublic(ctx);
  return [
    HOME.path,
    PLANS.path,
    ...(await planPaths(reader)),
    PROGRESS.path,
    MEASURES.path,
    ...(await listMeasurePaths(reader)),
    ...(await listPriorityPaths(reader)),
    INSPECTIONS.path,
    ...(await listInspectionPaths(reader)),
    ...(await listReportPaths(reader)),
    ...(await listBoardPaperPaths(reader)),
  ];
}
