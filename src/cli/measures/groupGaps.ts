import fs from 'node:fs';
import { Command } from 'commander';
import type { getGroupGaps as GetGroupGaps } from '../../services/measures/getGroupGaps.js';
import type { getGroupObservationTemplate as GetTemplate } from '../../services/measures/getGroupObservationTemplate.js';
import { printListing, type Output } from '../output.js';
import { withContext } from '../session.js';
import { groupGapText } from './groupGapText.js';

// Loaded just before a command runs, so that building the program stays quick.
let getGroupGaps: typeof GetGroupGaps;
let getGroupObservationTemplate: typeof GetTemplate;
async function loadServices(): Promise<void> {
  ({ getGroupGaps } = await import('../../services/measures/getGroupGaps.js'));
  ({ getGroupObservationTemplate } = await import('../../services/measures/getGroupObservationTemplate.js'));
}

interface GapOptions {
  measure: string;
  group: string;
  reference?: string;
  period?: string;
  area?: string;
  against?: string;
  json?: boolean;
}

function gapCommand(output: Output): Command {
  return new Command('gap')
    .description(
      "gaps between groups: each group's value with its 95% interval and sample, its gap to a reference group with the two-proportion test, and with --against whether each gap narrowed",
    )
    .requiredOption('--measure <code>', 'the measure, e.g. public-confidence or victim-satisfaction')
    .requiredOption('--group <breakdown>', 'the breakdown the groups come from, e.g. ethnicity')
    .option('--reference <group>', 'the group each is compared with (default: the one with the largest sample)')
    .option('--period <period>', 'e.g. R12 2018-03 (default: the latest period with figures by group)')
    .option('--area <area>', 'London (the default), a borough or a BCU')
    .option('--against <period>', 'an earlier period: says whether each gap narrowed since')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (options: GapOptions) => {
      const { json, ...input } = options;
      const result = await withContext((ctx) => getGroupGaps(ctx, input));
      printListing(output, json, result, groupGapText);
    });
}

function templateCommand(output: Output): Command {
  return new Command('gap-template')
    .description(
      'write a CSV template for survey results by group (one row per group, "ethnicity: Black" in Breakdown), to load with bluelamp import observations',
    )
    .argument('<file>', 'the .csv file to write')
    .hook('preAction', loadServices)
    .action(async (file: string) => {
      const template = await withContext((ctx) => Promise.resolve(getGroupObservationTemplate(ctx)));
      fs.writeFileSync(file, template.content);
      output.out(`Wrote the template for results by group to ${file}.`);
    });
}

/** The `bluelamp measures` commands about gaps between groups. */
export function groupGapCommands(output: Output): Command[] {
  return [gapCommand(output), templateCommand(output)];
}
