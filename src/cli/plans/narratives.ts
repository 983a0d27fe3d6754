import fs from 'node:fs/promises';
import { Command } from 'commander';
import type * as services from '../../services/index.js';
import type { QuarterNarrativeListing, QuarterNarrativeView } from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// Loaded just before a command runs, so that building the program stays quick.
let findPlanId: typeof services.findPlanId;
let listQuarterNarratives: typeof services.listQuarterNarratives;
let saveQuarterNarrative: typeof services.saveQuarterNarrative;
let submitQuarterNarrative: typeof services.submitQuarterNarrative;
let approveQuarterNarrative: typeof services.approveQuarterNarrative;
let returnQuarterNarrative: typeof services.returnQuarterNarrative;
async function loadServices(): Promise<void> {
  ({ findPlanId } = await import('../../services/plans/findPlanId.js'));
  ({ listQuarterNarratives } = await import('../../services/plans/listQuarterNarratives.js'));
  ({ saveQuarterNarrative } = await import('../../services/plans/saveQuarterNarrative.js'));
  ({ submitQuarterNarrative } = await import('../../services/plans/submitQuarterNarrative.js'));
  ({ approveQuarterNarrative } = await import('../../services/plans/approveQuarterNarrative.js'));
  ({ returnQuarterNarrative } = await import('../../services/plans/returnQuarterNarrative.js'));
}

const int = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`"${value}" is not a whole number.`);
  return parsed;
};

function listingText(listing: QuarterNarrativeListing): string {
  const rows = listing.parts.map(({ part, narrative }) => [
    part.ref,
    part.title,
    narrative === null ? '(none)' : `${narrative.state} v${narrative.version} (id ${narrative.id})`,
  ]);
  return `${formatTable(['Part', 'Title', 'Narrative'], rows)}\n\nOther progress on ${listing.plan.title} in ${listing.quarter}.`;
}

function viewText(view: QuarterNarrativeView): string {
  const comment = view.reviewComment === null ? '' : `\nReviewer's comment: ${view.reviewComment}`;
  return `Narrative ${view.id} on ${view.part.ref} ${view.part.title} for ${view.quarter}: ${view.state}, version ${view.version}.${comment}`;
}

function listCommand(output: Output): Command {
  return new Command('list')
    .description("each chapter's and section's other progress for a quarter")
    .requiredOption('--plan <plan>', 'plan id or key')
    .requiredOption('--quarter <quarter>', 'e.g. 2018-19-Q1')
    .option('--json', 'print JSON instead of a table')
    .hook('preAction', loadServices)
    .action(async (options: { plan: string; quarter: string; json?: boolean }) => {
      const result = await withContext(async (ctx) =>
        listQuarterNarratives(ctx, { planId: await findPlanId(ctx, options.plan), quarter: options.quarter }),
      );
      printListing(output, options.json, result, listingText);
    });
}

interface WriteOptions {
  plan: string;
  part: string;
  quarter: string;
  expectedVersion: number;
  text?: string;
  file?: string;
}

function writeCommand(output: Output): Command {
  return new Command('write')
    .description("write the draft of a part's other progress for the quarter the plan is collecting")
    .requiredOption('--plan <plan>', 'plan id or key')
    .requiredOption('--part <ref>', 'the chapter or section, e.g. 3.2')
    .requiredOption('--quarter <quarter>', 'the quarter the plan is collecting, e.g. 2018-19-Q2')
    .requiredOption('--expected-version <n>', 'the version last read; 0 for a new narrative', int)
    .option('--text <words>', 'the narrative; blank lines separate paragraphs')
    .option('--file <path>', 'read the narrative from this text file instead')
    .hook('preAction', loadServices)
    .action(async (options: WriteOptions) => {
      const narrative = options.file === undefined ? (options.text ?? '') : await fs.readFile(options.file, 'utf8');
      const view = await withContext(async (ctx) =>
        saveQuarterNarrative(ctx, {
          planId: await findPlanId(ctx, options.plan),
          nodeRef: options.part,
          quarter: options.quarter,
          version: options.expectedVersion,
          narrative,
        }),
      );
      output.out(viewText(view));
    });
}

function stateCommand(output: Output, action: 'submit' | 'approve' | 'return', description: string): Command {
  const command = new Command(action)
    .description(description)
    .argument('<id>', 'the narrative id', int)
    .requiredOption('--expected-version <n>', 'the version last read', int);
  if (action === 'return') command.requiredOption('--comment <words>', 'what the writer should change');
  return command
    .hook('preAction', loadServices)
    .action(async (id: number, options: { expectedVersion: number; comment?: string }) => {
      const run = { submit: submitQuarterNarrative, approve: approveQuarterNarrative, return: returnQuarterNarrative }[
        action
      ];
      const view = await withContext(async (ctx) =>
        run(ctx, { narrativeId: id, version: options.expectedVersion, comment: options.comment }),
      );
      output.out(viewText(view));
    });
}

/** `bluelamp milestones narrative …`: the other progress of a plan's chapters and sections. */
export function narrativeCommand(output: Output): Command {
  return new Command('narrative')
    .description("a quarter's other progress on each chapter and section, written and reviewed like updates")
    .addCommand(listCommand(output))
    .addCommand(writeCommand(output))
    .addCommand(stateCommand(output, 'submit', 'hand a draft narrative in for review'))
    .addCommand(stateCommand(output, 'approve', 'approve a submitted narrative; it is published with its quarter'))
    .addCommand(stateCommand(output, 'return', 'send a narrative back to its writer with a comment'));
}
