import { Command, CommanderError } from 'commander';
import { BluelampProblem } from '../domain/errors.js';
import { bluelampVersion } from '../services/index.js';
import { auditCommand } from './commands/audit.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { dbCommand } from './commands/db.js';
import { demoCommand } from './commands/demo.js';
import { orgCommand } from './commands/org.js';
import { milestonesCommand } from './commands/milestones.js';
import { plansCommand } from './commands/plans.js';
import { importCommand } from './commands/importData.js';
import { policeUkDataCommand } from './commands/policeUkData.js';
import { measuresCommand } from './commands/measures.js';
import { prioritiesCommand } from './commands/priorities.js';
import { findingsCommand, inspectionsCommand } from './commands/inspections.js';
import { neighbourhoodsCommand } from './commands/neighbourhoods.js';
import { reportCommand } from './commands/report.js';
import { boardCommand } from './commands/board.js';
import { serveCommand } from './commands/serve.js';
import { usersCommand } from './commands/users.js';
import { ExitWithCode, processOutput, type Output } from './output.js';

export function buildProgram(output: Output = processOutput): Command {
  const program = new Command('bluelamp')
    .description('Bluelamp: plans, performance and accountability for a police force and its oversight body')
    .version(bluelampVersion())
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
  for (const command of [
    serveCommand(output),
    dbCommand(output),
    demoCommand(output),
    orgCommand(output),
    plansCommand(output),
    milestonesCommand(output),
    importCommand(output),
    measuresCommand(output),
    policeUkDataCommand(output),
    prioritiesCommand(output),
    inspectionsCommand(output),
    findingsCommand(output),
    neighbourhoodsCommand(output),
    reportCommand(output),
    boardCommand(output),
    auditCommand(output),
    backupCommand(output),
    restoreCommand(output),
    usersCommand(output),
  ]) {
    program.addCommand(command);
  }
  applyToAll(program, (command) => command.exitOverride().configureOutput(program.configureOutput()));
  return program;
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
