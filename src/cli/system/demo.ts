import { Command } from 'commander';
import type { DemoLoadResult } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { formatCount, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let loadDemoData: typeof services.loadDemoData;
async function loadServices(): Promise<void> {
  ({ loadDemoData } = await import('../../services/demo/loadDemoData.js'));
}

function loadedText(result: DemoLoadResult): string {
  return [
    `Loaded the demo data: ${result.units} organisational units, ${result.memberships} memberships, ${result.plans} plans with ${result.milestones} milestones, ${result.updates} progress updates, ${result.measures} measures with ${result.observations} observations, ${result.prioritySets} borough local priority sets, ${result.wards} wards with ${result.wardPosts} post records and ${result.abstractions} abstractions, ${result.inspections} inspection report with ${result.findingActions} actions on its findings, and ${result.boardMeetings} board meetings with ${result.boardActions} actions on their log.`,
    `Crime figures from ${result.crimeFiles} real files in demo/data: ${formatCount(result.crimeCounts)} monthly counts by borough and category from MPS Borough Level Crime (the Metropolitan Police Service on the London Datastore), and ${result.policeUkSlices} police.uk files with ${formatCount(result.policeUkRows)} rows (the Home Office on data.police.uk). Contains public sector information licensed under the Open Government Licence v3.0.`,
    'The wards, their posts and abstractions are generated for the demo (no public source gives them) and are labelled so wherever they are shown.',
  ].join('\n');
}

export function demoCommand(output: Output): Command {
  return new Command('demo')
    .description('load the demo data set (the Met in 2018-19, with real crime files) into an empty database')
    .option('--reset', 'replace everything in the database with the demo data')
    .hook('preAction', loadServices)
    .action(async (options: { reset?: boolean }) => {
      const result = await withContext((ctx) => loadDemoData(ctx, { reset: options.reset === true }));
      output.out(loadedText(result));
    });
}
