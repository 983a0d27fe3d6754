import { Command, InvalidArgumentError, Option } from 'commander';
import { FINDING_DECISIONS, RESPONSE_STATES } from '../../domain/inspections/findingResponse.js';
import { NO_PUBLIC_RESPONSE } from '../../domain/inspections/publicResponse.js';
import type { FindingPage, LinkedMilestone } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';
import { measureTable } from './measureLinks.js';
import { publishResponseCommand } from './publishResponse.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let addFindingAction: typeof services.addFindingAction;
let decideFinding: typeof services.decideFinding;
let getFinding: typeof services.getFinding;
let linkFindingMilestone: typeof services.linkFindingMilestone;
let respondToFinding: typeof services.respondToFinding;
let unlinkFindingMilestone: typeof services.unlinkFindingMilestone;
async function loadServices(): Promise<void> {
  ({ addFindingAction } = await import('../../services/inspections/addFindingAction.js'));
  ({ decideFinding } = await import('../../services/inspections/decideFinding.js'));
  ({ getFinding } = await import('../../services/inspections/getFinding.js'));
  ({ linkFindingMilestone } = await import('../../services/inspections/linkFindingMilestone.js'));
  ({ respondToFinding } = await import('../../services/inspections/respondToFinding.js'));
  ({ unlinkFindingMilestone } = await import('../../services/inspections/unlinkFindingMilestone.js'));
}

/** "Title|https://…" or just "Title": evidence as it is typed on the command line. */
function evidenceOf(items: readonly string[] | undefined) {
  return (items ?? []).map((item) => {
    const bar = item.lastIndexOf('|');
    return bar < 0 ? { title: item } : { title: item.slice(0, bar), url: item.slice(bar + 1) };
  });
}

function wholeNumber(text: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new InvalidArgumentError('the version must be a whole number, e.g. 3.');
  return Number(text);
}

function milestoneRows(links: readonly LinkedMilestone[]): string[][] {
  return links.map((link) => [
    link.milestoneRef,
    link.milestone?.title ?? '(not in a published version)',
    link.milestone?.currentDue ?? '',
    link.milestone?.status?.label ?? 'No update yet',
    link.overdue ? 'overdue' : '',
  ]);
}

function findingText(page: FindingPage): string {
  const { finding } = page;
  const lines = [
    `${finding.kindLabel} ${finding.ref}, ${page.inspection.title}`,
    finding.text,
    ...finding.parts.map((part, i) => `  (${String.fromCharCode(97 + i)}) ${part}`),
    '',
    `Component: ${page.component.name} (${page.component.gradeLabel})`,
    `Owner: ${page.owner?.name ?? 'not set'}`,
    `Due: ${finding.dueOn ?? 'no date set'}${finding.overdue ? ` (overdue on ${page.on})` : ''}`,
    `State: ${finding.stateLabel} (version ${finding.version})`,
    '',
    page.publicResponse === null
      ? NO_PUBLIC_RESPONSE
      : `Published response (${page.publicResponse.publishedOn}): ${page.publicResponse.summary}`,
  ];
  const headers = ['Ref', 'Milestone', 'Due', 'Status', ''];
  if (page.actions.length > 0) lines.push('', 'Actions', formatTable(headers, milestoneRows(page.actions)));
  if (page.addressedBy.length > 0)
    lines.push('', 'Addressed by', formatTable(headers, milestoneRows(page.addressedBy)));
  if (page.measures.length > 0) lines.push('', 'Measures', measureTable(page.measures));
  if (page.history.length > 0) {
    const rows = page.history.map((e) => [
      e.happenedAt.slice(0, 10),
      e.actor,
      `${e.fromLabel} → ${e.toLabel}`,
      e.note ?? '',
    ]);
    lines.push('', 'History', formatTable(['Date', 'By', 'Change', 'Note'], rows));
  }
  return lines.join('\n');
}

function showCommand(output: Output): Command {
  return new Command('show')
    .description('a finding: where it sits, its actions, the milestones addressing it and its history')
    .argument('<inspection>', 'the inspection key, e.g. peel-2018-19-met')
    .argument('<ref>', 'the finding ref, e.g. PVP-AFI-2')
    .option('--on <date>', 'the day to judge overdue on (default today)')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (inspection: string, ref: string, o: { on?: string; json?: boolean }) => {
      const page = await withContext((ctx) => getFinding(ctx, { inspection, ref, on: o.on }));
      printListing(output, o.json, page, findingText);
    });
}

function moveCommands(output: Output): Command[] {
  const evidence = new Option('--evidence <items...>', 'evidence, each "Title" or "Title|https://address"');
  const respond = new Command('respond')
    .description("record the owning unit's progress: action-planned, in-progress or evidence-submitted")
    .argument('<inspection>')
    .argument('<ref>')
    .addOption(new Option('--state <state>', 'the new state').choices(RESPONSE_STATES).makeOptionMandatory())
    .option('--note <text>', 'what has happened')
    .addOption(evidence)
    .hook('preAction', loadServices)
    .action(
      async (
        inspection: string,
        ref: string,
        o: { state: (typeof RESPONSE_STATES)[number]; note?: string; evidence?: string[] },
      ) => {
        const moved = await withContext((ctx) =>
          respondToFinding(ctx, { inspection, ref, state: o.state, note: o.note, evidence: evidenceOf(o.evidence) }),
        );
        output.out(`${moved.ref}: ${moved.from} → ${moved.to}.`);
      },
    );
  const decide = new Command('decide')
    .description('close a finding on its evidence, return the evidence, or re-open a closed finding')
    .argument('<inspection>')
    .argument('<ref>')
    .addOption(new Option('--decision <decision>', 'what is decided').choices(FINDING_DECISIONS).makeOptionMandatory())
    .requiredOption(
      '--seen-version <n>',
      'the version `findings show` gave: the decision is refused if the finding has moved since',
      wholeNumber,
    )
    .option('--note <text>', 'why')
    .addOption(evidence)
    .hook('preAction', loadServices)
    .action(
      async (
        inspection: string,
        ref: string,
        o: { decision: (typeof FINDING_DECISIONS)[number]; seenVersion: number; note?: string; evidence?: string[] },
      ) => {
        const { decision, seenVersion: version, note } = o;
        const moved = await withContext((ctx) =>
          decideFinding(ctx, { inspection, ref, decision, version, note, evidence: evidenceOf(o.evidence) }),
        );
        output.out(`${moved.ref}: ${moved.from} → ${moved.to}.`);
      },
    );
  return [respond, decide];
}

function actionCommands(output: Output): Command[] {
  const addAction = new Command('add-action')
    .description("add an action for a finding: a milestone of the inspection's action plan")
    .argument('<inspection>')
    .argument('<ref>')
    .requiredOption('--title <text>', 'the action in a few words')
    .requiredOption('--text <text>', 'what will be done')
    .requiredOption('--due <due>', 'when, as plans write it: "By Quarter 3, 2019-20"')
    .requiredOption('--lead <codes...>', 'the leading units, e.g. RV')
    .hook('preAction', loadServices)
    .action(
      async (inspection: string, ref: string, o: { title: string; text: string; due: string; lead: string[] }) => {
        const added = await withContext((ctx) => addFindingAction(ctx, { inspection, ref, ...o, leads: o.lead }));
        output.out(
          `Added ${added.milestoneRef} to ${added.planKey} (version ${added.version}); ${ref} is ${added.findingState}.`,
        );
      },
    );
  const link = new Command('link')
    .description('link a finding to an existing milestone of another plan that addresses it')
    .argument('<inspection>')
    .argument('<ref>')
    .argument('<plan>', 'the plan key, e.g. met-business-plan-2018-19')
    .argument('<milestone>', 'the milestone ref, e.g. BP18-32')
    .hook('preAction', loadServices)
    .action(async (inspection: string, ref: string, planKey: string, milestoneRef: string) => {
      await withContext((ctx) => linkFindingMilestone(ctx, { inspection, ref, planKey, milestoneRef }));
      output.out(`Linked ${ref} to ${planKey} ${milestoneRef}.`);
    });
  const unlink = new Command('unlink')
    .description('remove the link between a finding and a milestone that addresses it')
    .argument('<inspection>')
    .argument('<ref>')
    .argument('<plan>')
    .argument('<milestone>')
    .hook('preAction', loadServices)
    .action(async (inspection: string, ref: string, planKey: string, milestoneRef: string) => {
      await withContext((ctx) => unlinkFindingMilestone(ctx, { inspection, ref, planKey, milestoneRef }));
      output.out(`Unlinked ${ref} from ${planKey} ${milestoneRef}.`);
    });
  return [addAction, link, unlink];
}

/** The findings subcommands that answer a finding, beyond listing them. */
export function findingResponseCommands(output: Output): Command[] {
  return [showCommand(output), ...moveCommands(output), publishResponseCommand(output), ...actionCommands(output)];
}
