import { Command } from 'commander';
import { FINDING_KINDS } from '../../domain/inspections/inspectionDocument.js';
import type { FindingKind } from '../../domain/inspections/index.js';
import type { FindingView, InspectionView } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { findingResponseCommands } from './findingResponse.js';
import { inspectionFileCommands } from './inspectionFiles.js';
import { inspectionViewCommands } from './inspectionViews.js';
import { measureLinkCommands } from './measureLinks.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let getInspection: typeof services.getInspection;
let listFindings: typeof services.listFindings;
let listInspections: typeof services.listInspections;
async function loadServices(): Promise<void> {
  ({ getInspection } = await import('../../services/inspections/getInspection.js'));
  ({ listFindings } = await import('../../services/inspections/listFindings.js'));
  ({ listInspections } = await import('../../services/inspections/listInspections.js'));
}

const KIND_WORDS: Readonly<Record<FindingKind, string>> = {
  'cause-of-concern': 'Causes of concern',
  recommendation: 'Recommendations',
  'area-for-improvement': 'Areas for improvement',
  'good-practice': 'Good practice',
  'earlier-item': 'Items from earlier inspections',
};

function showText(inspection: InspectionView): string {
  const judgments = inspection.pillars.flatMap((pillar) => [
    [pillar.name, '', pillar.gradeLabel],
    ...pillar.components.map((c) => ['', c.name, c.gradeLabel]),
  ]);
  const counts = FINDING_KINDS.map((kind) => {
    const open = inspection.byState[kind].open;
    return [KIND_WORDS[kind], String(inspection.findings[kind]), String(open)];
  });
  return [
    `${inspection.title} (${inspection.key}), published ${inspection.publishedOn}`,
    '',
    formatTable(['Pillar', 'Component', 'Grade'], judgments),
    '',
    formatTable(['Findings', 'Number', 'Open'], counts),
  ].join('\n');
}

function findingsText(result: { on: string; findings: FindingView[] }): string {
  if (result.findings.length === 0) return `No findings match, on ${result.on}.`;
  return formatTable(
    ['Ref', 'Kind', 'Component', 'Owner', 'Due', 'State', 'Finding'],
    result.findings.map((f) => [
      f.ref,
      f.kind,
      f.component,
      f.owner ?? '',
      f.dueOn === null ? '' : `${f.dueOn}${f.overdue ? ' (overdue)' : ''}`,
      f.state,
      f.text.length > 70 ? `${f.text.slice(0, 69)}…` : f.text,
    ]),
  );
}

export function inspectionsCommand(output: Output): Command {
  const command = new Command('inspections')
    .description('inspection reports: judgments and findings')
    .addCommand(
      new Command('list')
        .description('every inspection loaded, with its findings by kind')
        .option('--json', 'print JSON')
        .hook('preAction', loadServices)
        .action(async (o: { json?: boolean }) => {
          printListing(output, o.json, await withContext((ctx) => listInspections(ctx)), (value) =>
            formatTable(
              ['Key', 'Inspection', 'Published', 'Causes of concern', 'Recommendations', 'Areas for improvement'],
              value.inspections.map((i) => [
                i.key,
                i.title,
                i.publishedOn,
                String(i.findings['cause-of-concern']),
                String(i.findings.recommendation),
                String(i.findings['area-for-improvement']),
              ]),
            ),
          );
        }),
    )
    .addCommand(
      new Command('show')
        .description('an inspection: its judgments and its findings counted by kind and state')
        .argument('<inspection>', 'the inspection key or id, e.g. peel-2018-19-met')
        .option('--json', 'print JSON')
        .hook('preAction', loadServices)
        .action(async (inspection: string, o: { json?: boolean }) => {
          printListing(output, o.json, await withContext((ctx) => getInspection(ctx, { inspection })), showText);
        }),
    );
  for (const c of [
    ...inspectionViewCommands(output),
    ...inspectionFileCommands(output),
    ...measureLinkCommands(output),
  ])
    command.addCommand(c);
  return command;
}

export function findingsCommand(output: Output): Command {
  const command = new Command('findings').description('inspection findings and the response to them').addCommand(
    new Command('list')
      .description('findings by inspection, kind, component, owner or state, or those overdue')
      .option('--inspection <key>', 'one inspection')
      .option('--kind <kind>', FINDING_KINDS.join(', '))
      .option('--component <key>', 'a component, e.g. protecting-vulnerable-people')
      .option('--owner <unit>', 'the owning unit code')
      .option('--state <state>', 'open, action-planned, in-progress, evidence-submitted, closed or reopened')
      .option('--overdue', 'only findings past their due day and not closed')
      .option('--on <date>', 'the day to judge overdue on (default today)')
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (o: Parameters<typeof listFindings>[1] & { json?: boolean }) => {
        printListing(output, o.json, await withContext((ctx) => listFindings(ctx, o)), findingsText);
      }),
  );
  for (const c of findingResponseCommands(output)) command.addCommand(c);
  return command;
}
