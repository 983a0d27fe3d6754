import { Command } from 'commander';
import { loadDemoData } from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

export function demoCommand(output: Output): Command {
  return new Command('demo')
    .description('load the demo data set (the Met in 2018-19) into an empty database')
    .option('--reset', 'replace everything in the database with the demo data')
    .action(async (options: { reset?: boolean }) => {
      const result = await withContext((ctx) => loadDemoData(ctx, { reset: options.reset === true }));
      output.out(
        `Loaded the demo data: ${result.units} organisational units, ${result.memberships} memberships, ${result.plans} plans with ${result.milestones} milestones, ${result.updates} progress updates, ${result.measures} measures with ${result.observations} observations, ${result.prioritySets} borough local priority sets, ${result.wards} wards with ${result.wardPosts} post records and ${result.abstractions} abstractions, ${result.inspections} inspection report with ${result.findingActions} actions on its findings, and ${result.boardMeetings} board meetings with ${result.boardActions} actions on their log.`,
      );
    });
}
