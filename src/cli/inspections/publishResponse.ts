import { Command } from 'commander';
import type * as services from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let publishFindingResponse: typeof services.publishFindingResponse;
async function loadServices(): Promise<void> {
  ({ publishFindingResponse } = await import('../../services/inspections/publishFindingResponse.js'));
}

/** `findings publish-response`: the public summary of the force's response to one finding. */
export function publishResponseCommand(output: Output): Command {
  return new Command('publish-response')
    .description("publish the public summary of the force's response to a finding; the public sees only this")
    .argument('<inspection>', 'the inspection key, e.g. peel-2018-19-met')
    .argument('<ref>', 'the finding ref, e.g. PVP-AFI-2')
    .requiredOption('--summary <text>', 'what the public will read of the response')
    .option('--on <date>', 'the day it is published, YYYY-MM-DD (default today)')
    .hook('preAction', loadServices)
    .action(async (inspection: string, ref: string, o: { summary: string; on?: string }) => {
      const published = await withContext((ctx) =>
        publishFindingResponse(ctx, { inspection, ref, summary: o.summary, publishedOn: o.on }),
      );
      output.out(`Published the response to ${published.ref} on ${published.publishedOn}; the public can read it now.`);
    });
}
