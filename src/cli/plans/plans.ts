import { Command } from 'commander';
import type { PlanDetail, PlanListing } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { planFileCommands } from './planFiles.js';
import { quarterSummaryText } from './quarterSummaryText.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let findPlanId: typeof services.findPlanId;
let getPlan: typeof services.getPlan;
let getPlanCoverage: typeof services.getPlanCoverage;
let getQuarterPublicationSummary: typeof services.getQuarterPublicationSummary;
let listPlans: typeof services.listPlans;
let publishPlan: typeof services.publishPlan;
let publishQuarter: typeof services.publishQuarter;
async function loadServices(): Promise<void> {
  ({ findPlanId } = await import('../../services/plans/findPlanId.js'));
  ({ getPlan } = await import('../../services/plans/getPlan.js'));
  ({ getPlanCoverage } = await import('../../services/plans/getPlanCoverage.js'));
  ({ getQuarterPublicationSummary } = await import('../../services/plans/getQuarterPublicationSummary.js'));
  ({ listPlans } = await import('../../services/plans/listPlans.js'));
  ({ publishPlan } = await import('../../services/plans/publishPlan.js'));
  ({ publishQuarter } = await import('../../services/plans/publishQuarter.js'));
}

function plansText(result: PlanListing): string {
  const rows = result.plans.map((plan) => [
    String(plan.id),
    plan.key,
    `v${plan.version}`,
    plan.state,
    plan.period,
    String(plan.nodes),
    String(plan.milestones),
    plan.reportingQuarter ?? '',
  ]);
  return formatTable(['Id', 'Key', 'Version', 'State', 'Period', 'Nodes', 'Milestones', 'Reporting'], rows);
}

function listCommand(output: Output): Command {
  return new Command('list')
    .description("list the plans with their state and size: each one's current version, or every version")
    .option('--all-versions', 'include superseded versions')
    .option('--json', 'print JSON instead of a table')
    .hook('preAction', loadServices)
    .action(async (options: { json?: boolean; allVersions?: boolean }) => {
      const listing = await withContext((ctx) => listPlans(ctx, { allVersions: options.allVersions }));
      printListing(output, options.json, listing, plansText);
    });
}

function outline(nodes: PlanDetail['nodes'], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.ref}  ${node.title}${node.note === null ? '' : ` [${node.note}]`}${node.progress.milestones > 0 ? ` (${node.progress.milestones} milestones)` : ''}`,
    ...outline(node.children, depth + 1),
  ]);
}

function planText(detail: PlanDetail): string {
  const plan = detail.plan;
  const counts = detail.counts.map((c) => `${c.count} ${(c.count === 1 ? c.label : c.plural).toLowerCase()}`);
  return [
    `${plan.title} (${plan.key} version ${plan.version}, ${plan.state}), ${plan.period}, owned by ${plan.owner}`,
    `${counts.join(', ')}; ${detail.progress.milestones} milestones.`,
    '',
    ...outline(detail.nodes),
  ].join('\n');
}

function showCommand(output: Output): Command {
  return new Command('show')
    .description("show a plan's tree with the number of nodes of each kind")
    .argument('<plan>', 'plan id or key')
    .option('--json', 'print JSON instead of text')
    .hook('preAction', loadServices)
    .action(async (plan: string, options: { json?: boolean }) => {
      const detail = await withContext(async (ctx) => getPlan(ctx, { planId: await findPlanId(ctx, plan) }));
      printListing(output, options.json, detail, planText);
    });
}

function publishCommand(output: Output): Command {
  return new Command('publish')
    .description('publish a draft plan version; the version it replaces becomes superseded')
    .argument('<plan>', 'plan id or key')
    .option('--on <date>', 'the publication date (default: today)')
    .hook('preAction', loadServices)
    .action(async (plan: string, options: { on?: string }) => {
      const published = await withContext(async (ctx) =>
        publishPlan(ctx, { planId: await findPlanId(ctx, plan), publishedOn: options.on }),
      );
      output.out(
        `Published ${published.key} version ${published.version}; collecting updates for ${published.reportingQuarter ?? 'no quarter'}.`,
      );
    });
}

function publishQuarterCommand(output: Output): Command {
  return new Command('publish-quarter')
    .description(
      'print what publishing a quarter makes public (due, updated, approved, missing, drafts left), then publish its approved updates and open the next quarter',
    )
    .argument('<plan>', 'plan id or key')
    .argument('<quarter>', 'the quarter it closes, e.g. 2018-19-Q2; a quarter the plan is not collecting is refused')
    .option('--summary-only', 'print the summary and publish nothing')
    .hook('preAction', loadServices)
    .action(async (plan: string, quarter: string, options: { summaryOnly?: boolean }) => {
      await withContext(async (ctx) => {
        const planId = await findPlanId(ctx, plan);
        const summary = await getQuarterPublicationSummary(ctx, { planId, quarter });
        output.out(quarterSummaryText(summary));
        if (options.summaryOnly === true) return;
        const result = await publishQuarter(ctx, { planId, quarter });
        output.out(
          `\nPublished ${result.published} updates for ${result.quarter}; ${result.leftUnpublished} not approved stay unpublished. Now collecting ${result.nextReportingQuarter}.`,
        );
      });
    });
}

function coverageCommand(output: Output): Command {
  return new Command('coverage')
    .description("show what in other plans delivers each of a plan's commitments")
    .argument('<plan>', 'plan id or key')
    .option('--kind <key>', 'the node kind to check (default: the kind most leaves are)')
    .option('--json', 'print JSON instead of a table')
    .hook('preAction', loadServices)
    .action(async (plan: string, options: { kind?: string; json?: boolean }) => {
      const result = await withContext(async (ctx) =>
        getPlanCoverage(ctx, { planId: await findPlanId(ctx, plan), kind: options.kind }),
      );
      printListing(output, options.json, result, (value) => {
        const rows = value.nodes.map((node) => [
          node.ref,
          node.title,
          node.deliverer?.kind ?? '',
          node.delivered
            ? 'delivered'
            : node.coverage === 'none'
              ? 'NOTHING DELIVERS THIS'
              : 'NOT DELIVERED (chapter only)',
          node.deliveredBy
            .filter((d) => d.through === null)
            .map((d) => d.ref)
            .join(', '),
        ]);
        const { delivered, notDelivered } = value.counts;
        const own = value.oversightBodyDelivers.length;
        return `${formatTable(['Ref', value.kind.label, 'Who delivers', 'Covered', 'Delivered by'], rows)}\n\n${delivered} delivered, ${notDelivered} delivered by nothing (${value.counts['through-parent']} of them only through their chapter); the oversight body delivers ${own} itself.`;
      });
    });
}

export function plansCommand(output: Output): Command {
  const command = new Command('plans')
    .description('plans: police and crime plans, business plans and their versions')
    .addCommand(listCommand(output))
    .addCommand(showCommand(output))
    .addCommand(publishCommand(output))
    .addCommand(publishQuarterCommand(output))
    .addCommand(coverageCommand(output));
  for (const fileCommand of planFileCommands(output)) command.addCommand(fileCommand);
  return command;
}
