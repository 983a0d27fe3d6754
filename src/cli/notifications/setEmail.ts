import { Command } from 'commander';
import { BluelampProblem } from '../../domain/errors.js';
import type * as services from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

// Loaded just before the command runs, so that building the program stays quick.
let setUserEmail: typeof services.setUserEmail;
async function loadServices(): Promise<void> {
  ({ setUserEmail } = await import('../../services/accounts/setUserEmail.js'));
}

/** `bluelamp users set-email`: where an account's reminders go. */
export function setEmailCommand(output: Output): Command {
  return new Command('set-email')
    .description('set the e-mail address reminders are sent to')
    .argument('<username>')
    .argument('[address]', 'the address, e.g. a.smith@force.police.uk')
    .option('--none', 'send this account no reminders by e-mail')
    .option('--reason <text>', 'why, for the audit trail')
    .hook('preAction', loadServices)
    .action(async (username: string, address: string | undefined, options: { none?: boolean; reason?: string }) => {
      if ((address === undefined) === (options.none !== true)) {
        throw new BluelampProblem('invalid-input', 'Give either an e-mail address or --none.');
      }
      const user = await withContext((ctx) => setUserEmail(ctx, username, address ?? null, options.reason));
      output.out(
        user.email === null
          ? `${user.username} will get no reminders by e-mail.`
          : `${user.username}'s reminders will go to ${user.email}.`,
      );
    });
}
