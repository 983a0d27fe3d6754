import { Command, Option } from 'commander';
import type { MilestoneListing } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { parseDateOption } from '../options.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let findPlanId: typeof services.findPlanId;
let listMilestones: typeof services.listMilestones;
async function loadServices(): Promise<void> {
  ({ findPlanId } = await import('../../services/plans/findPlanId.js'));
  ({ listMilestones } = await import('../../services/plans/listMilestones.js'));
}

/**
 * The service's sort keys, named here so that the option can offer them without loading the
 * service. A record of them all, so that the type check fails if the two lists ever differ.
 */
const SORT_KEYS: Record<(typeof services.MILESTONE_SORTS)[number], true> = {
  plan: true,
  ref: true,
  title: true,
  due: true,
  status: true,
  slip: true,
};
const MILESTONE_SORTS = Object.keys(SORT_KEYS) as (keyof typeof SORT_KEYS)[];

interface ListOptions {
  plan: string;
  due?: string;
  dueBy?: string;
  reporting?: string;
  overdueOn?: string;
  slipped?: boolean;
  status?: string;
  lead?: string;
  bcu?: string;
  programme?: string;
  flagged?: boolean;
  text?: string;
  sort?: (typeof MILESTONE_SORTS)[number];
  json?: boolean;
}

function milestonesText(result: MilestoneListing): string {
  const rows = result.milestones.map((m) => [
    m.ref,
    m.title,
    m.currentDue === m.due ? m.due : `${m.currentDue} (was ${m.due})`,
    m.leads.map((lead) => lead.code).join(', '),
    m.status === null ? '(no update)' : `${m.status.label} (${m.status.quarter})`,
    m.flags.length > 0 ? '!' : '',
  ]);
  const table = formatTable(['Ref', 'Milestone', 'Due', 'Lead', 'Status', 'Flag'], rows);
  return `${table}\n\n${result.total} milestones of ${result.plan.title} (version ${result.plan.version}).`;
}

function listCommand(output: Output): Command {
  return new Command('list')
    .description("list a plan's milestones, filtered by the tracker's questions")
    .requiredOption('--plan <plan>', 'plan id or key')
    .option('--due <quarter>', 'due in this quarter, e.g. 2018-19-Q1')
    .option('--due-by <quarter>', 'due by the end of this quarter and not delivered')
    .option('--reporting <quarter>', "on this quarter's progress report, carried-forward ones included")
    .option('--overdue-on <date>', 'past its deadline on this date and not delivered', parseDateOption)
    .option('--slipped', 'only milestones whose due date has moved later')
    .option('--status <code>', 'latest published status (delivered, on-track, some-delay…) or none')
    .option('--lead <unit>', 'led by this unit or a unit within it, e.g. FP or HR')
    .option('--bcu <code>', 'led by this BCU or one of its boroughs')
    .option('--programme <code>', 'tagged with this transformation programme')
    .option('--flagged', 'only milestones with something for the author to check')
    .option('--text <words>', 'words to find in the ref, title or text')
    .addOption(new Option('--sort <key>', 'order of the list').choices(MILESTONE_SORTS))
    .option('--json', 'print JSON instead of a table')
    .hook('preAction', loadServices)
    .action(async (options: ListOptions) => {
      const { plan, json, ...filters } = options;
      const result = await withContext(async (ctx) =>
        listMilestones(ctx, { planId: await findPlanId(ctx, plan), ...filters }),
      );
      printListing(output, json, result, milestonesText);
    });
}

export function milestonesCommand(output: Output): Command {
  return new Command('milestones').description("a plan's milestones").addCommand(listCommand(output));
}
