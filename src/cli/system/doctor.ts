import fs from 'node:fs';
import { parseEnv } from 'node:util';
import { Command } from 'commander';
import { BluelampProblem } from '../../domain/errors.js';
import type * as services from '../../services/index.js';
import { ExitWithCode, printJson, type Output } from '../output.js';
import { defaultWebRoot } from './serve.js';

// The checks load just before the command runs, so that building the program stays quick.
let runDoctor: typeof services.runDoctor;
async function loadServices(): Promise<void> {
  ({ runDoctor } = await import('../../services/system/doctor.js'));
}

const MARK: Record<services.DoctorStatus, string> = { ok: 'ok     ', warning: 'warning', fail: 'FAIL   ' };

/**
 * The settings to check: this process's environment, with an env file's lines on top, so that an
 * operator can check the file systemd will start Bluelamp with before it does.
 */
function environmentWith(envFile: string | undefined): NodeJS.ProcessEnv {
  if (envFile === undefined) return process.env;
  let text: string;
  try {
    text = fs.readFileSync(envFile, 'utf8');
  } catch (error) {
    throw new BluelampProblem('invalid-input', `Cannot read the env file ${envFile}: ${(error as Error).message}.`);
  }
  return { ...process.env, ...parseEnv(text) };
}

function asText(report: services.DoctorReport): string {
  const lines = report.checks.flatMap((check) => [
    `${MARK[check.status]}  ${check.check}: ${check.detail}`,
    ...(check.action === null ? [] : [`         ${check.action}`]),
  ]);
  const counts = (status: services.DoctorStatus) => report.checks.filter((check) => check.status === status).length;
  const summary =
    report.status === 'fail'
      ? `${counts('fail')} check(s) failed: Bluelamp will not work as set up until they are put right.`
      : report.status === 'warning'
        ? `No check failed; ${counts('warning')} warning(s) name something that is off or missing.`
        : 'Every check passed.';
  return [...lines, '', summary].join('\n');
}

export function doctorCommand(output: Output): Command {
  return new Command('doctor')
    .description('check this machine and its settings can run Bluelamp (database, folders, Chromium, mail, settings)')
    .option('--env-file <file>', 'check the settings in this env file (as systemd would start Bluelamp with)')
    .option('--json', 'print the checks as JSON')
    .hook('preAction', loadServices)
    .action(async (options: { envFile?: string; json?: boolean }) => {
      const report = await runDoctor({ env: environmentWith(options.envFile), webRoot: defaultWebRoot() });
      if (options.json === true) printJson(output, report);
      else output.out(asText(report));
      if (report.status === 'fail') throw new ExitWithCode(1);
    });
}
