import { Command, CommanderError } from 'commander';
import { BluelampProblem } from '../domain/errors.js';
import { registerAccountCommands } from './accounts/index.js';
import { registerAuditCommands } from './audit/index.js';
import { registerBoardCommands } from './board/index.js';
import { registerRiskCommands } from './risks/index.js';
import { registerCrimeDataCommands } from './crime-data/index.js';
import { registerInspectionCommands } from './inspections/index.js';
import { registerMeasureCommands } from './measures/index.js';
import { registerNeighbourhoodCommands } from './neighbourhoods/index.js';
import { registerOrganisationCommands } from './organisation/index.js';
import { registerPlanCommands } from './plans/index.js';
import { registerPriorityCommands } from './priorities/index.js';
import { registerPublishingCommands } from './publishing/index.js';
import { registerNotificationCommands } from './notifications/index.js';
import { registerSystemCommands } from './system/index.js';
import { ExitWithCode, processOutput, type Output } from './output.js';
import type { CommandRegistry } from './registration.js';
import { packageVersion } from './version.js';

const FEATURES: readonly ((registry: CommandRegistry) => void)[] = [
  registerOrganisationCommands,
  registerAccountCommands,
  registerAuditCommands,
  registerPlanCommands,
  registerMeasureCommands,
  registerCrimeDataCommands,
  registerPriorityCommands,
  registerNeighbourhoodCommands,
  registerInspectionCommands,
  registerBoardCommands,
  registerRiskCommands,
  registerPublishingCommands,
  registerNotificationCommands,
  registerSystemCommands,
];

/**
 * The order `bluelamp --help` lists commands in, which the README's table follows: getting started,
 * then the work, then looking after the data and the accounts. Features register in an order of
 * their own (and `import` gathers kinds from several), so the listing order is kept here, whole.
 */
const HELP_ORDER = [
  'serve',
  'db',
  'doctor',
  'demo',
  'org',
  'plans',
  'milestones',
  'import',
  'measures',
  'crime-data',
  'police-uk',
  'priorities',
  'inspections',
  'findings',
  'neighbourhoods',
  'report',
  'board',
  'notify',
  'audit',
  'backup',
  'restore',
  'users',
];
const IMPORT_HELP_ORDER = ['police-uk', 'mps-borough', 'observations', 'population', 'observations-template'];

export function buildProgram(output: Output = processOutput): Command {
  const program = new Command('bluelamp')
    .description('Bluelamp: plans, performance and accountability for a police force and its oversight body')
    .version(packageVersion())
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        output.out(text.trimEnd());
      },
      writeErr: (text) => {
        output.err(text.trimEnd());
      },
    });
  const importCommand = new Command('import').description('load data files');
  program.addCommand(importCommand);
  for (const register of FEATURES) register({ program, importCommand, output });
  listInOrder(program, HELP_ORDER);
  listInOrder(importCommand, IMPORT_HELP_ORDER);
  applyToAll(program, (command) => command.exitOverride().configureOutput(program.configureOutput()));
  return program;
}

/** Puts subcommands in the given order of names; any not named keep their order, after those named. */
function listInOrder(command: Command, names: readonly string[]): void {
  const rank = (child: Command) => {
    const index = names.indexOf(child.name());
    return index < 0 ? names.length : index;
  };
  // Commander keeps subcommands in an array it lists help from, and offers no way to reorder it.
  (command.commands as Command[]).sort((a, b) => rank(a) - rank(b));
}

/** Commander does not pass exit and output settings down to commands added with addCommand. */
function applyToAll(command: Command, apply: (command: Command) => void): void {
  apply(command);
  for (const child of command.commands) applyToAll(child, apply);
}

/**
 * Runs the command line and returns the exit code. Problems a person can fix print as one
 * sentence; anything unexpected prints its message, and its stack only with BLUELAMP_DEBUG=1.
 */
export async function runCli(argv: readonly string[], output: Output = processOutput): Promise<number> {
  try {
    await buildProgram(output).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ExitWithCode) return error.exitCode;
    if (error instanceof BluelampProblem) {
      output.err(`bluelamp: ${error.message}`);
      return 1;
    }
    const detail = process.env.BLUELAMP_DEBUG === '1' && error instanceof Error ? `\n${error.stack ?? ''}` : '';
    output.err(`bluelamp: unexpected error: ${(error as Error).message}. Set BLUELAMP_DEBUG=1 for details.${detail}`);
    return 1;
  }
}
