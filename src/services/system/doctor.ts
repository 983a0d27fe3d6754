import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { BluelampProblem } from '../../domain/errors.js';
import { chromiumAvailable, DEFAULT_CHROMIUM_PATH } from '../../reports/index.js';
import { parseDatabaseUrl } from '../../store/index.js';
import { mailSettingsFromEnvironment } from '../notifications/mailTransport.js';
import { readConfiguration } from './configuration.js';
import type { DoctorCheck, DoctorStatus } from './doctorCheck.js';
import { databaseCheck, dataFolderChecks } from './doctorStorage.js';

export type { DoctorCheck, DoctorStatus } from './doctorCheck.js';

export interface DoctorOptions {
  /** The settings to check; the process's environment unless given. */
  readonly env?: NodeJS.ProcessEnv;
  /** The folder the built web app is served from. */
  readonly webRoot: string;
  readonly chromiumPath?: string;
  /** The running Node's version, e.g. "20.19.0". */
  readonly nodeVersion?: string;
}

export interface DoctorReport {
  /** The worst of the checks: a fail means Bluelamp will not work as set up. */
  readonly status: DoctorStatus;
  readonly checks: readonly DoctorCheck[];
}

const run = promisify(execFile);

/** The Node.js release lines Bluelamp is tested on, with the least version of each. */
export const SUPPORTED_NODE = [
  { major: 20, minor: 19 },
  { major: 22, minor: 12 },
  { major: 24, minor: 0 },
] as const;

export function nodeCheck(version: string): DoctorCheck {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const line = SUPPORTED_NODE.find((supported) => supported.major === major);
  const named = SUPPORTED_NODE.map((supported) => `${supported.major}.${supported.minor}`).join(', ');
  if (line !== undefined && minor >= line.minor) {
    return { check: 'Node.js', status: 'ok', detail: `Node.js ${version} is supported.`, action: null };
  }
  const newer = major > (SUPPORTED_NODE.at(-1)?.major ?? 0);
  return {
    check: 'Node.js',
    status: newer ? 'warning' : 'fail',
    detail: newer
      ? `Node.js ${version} is newer than the releases Bluelamp is tested on (${named} or later in each line).`
      : `Node.js ${version} is not supported: Bluelamp needs ${named} or later in each line.`,
    action: 'Install a Node.js LTS release (24 is the newest), then reinstall Bluelamp so its native modules match.',
  };
}

export function configurationCheck(env: NodeJS.ProcessEnv): DoctorCheck {
  try {
    const config = readConfiguration(env);
    return {
      check: 'configuration',
      status: 'ok',
      detail: `The settings are valid; the server listens on ${config.HOST}:${config.PORT}.`,
      action: null,
    };
  } catch (error) {
    if (!(error instanceof BluelampProblem)) throw error;
    return {
      check: 'configuration',
      status: 'fail',
      detail: error.message.replaceAll('\n', ' '),
      action: 'Correct these in the environment file: "bluelamp serve" refuses to start until then.',
    };
  }
}

const TURN_MAIL_ON =
  'To send reminders, set BLUELAMP_SMTP_URL with BLUELAMP_MAIL_FROM, or BLUELAMP_NOTIFY_API_KEY with BLUELAMP_NOTIFY_TEMPLATE_ID, and BLUELAMP_PUBLIC_URL.';

/** Whether reminders can go out as set up; settings that contradict each other are named. */
export async function mailCheck(env: NodeJS.ProcessEnv): Promise<DoctorCheck> {
  const check = 'mail';
  const set = (name: string) => (env[name]?.trim() ?? '') !== '';
  let settings;
  try {
    settings = mailSettingsFromEnvironment(env);
  } catch (error) {
    if (!(error instanceof BluelampProblem)) throw error;
    return {
      check,
      status: 'fail',
      detail: error.message,
      action: '"bluelamp serve" refuses to start until this is put right.',
    };
  }
  if (settings === null) {
    const stranded = ['BLUELAMP_MAIL_FROM', 'BLUELAMP_NOTIFY_TEMPLATE_ID'].filter(set);
    const detail =
      stranded.length > 0
        ? `${stranded.join(' and ')} ${stranded.length > 1 ? 'are' : 'is'} set, but no way of sending is: reminders by e-mail are off.`
        : 'Reminders by e-mail are off.';
    return { check, status: 'warning', detail, action: TURN_MAIL_ON };
  }
  await settings.transport.close();
  const ignored = set('BLUELAMP_SMTP_URL')
    ? ['BLUELAMP_NOTIFY_TEMPLATE_ID'].filter(set)
    : ['BLUELAMP_MAIL_FROM'].filter(set);
  const detail = `Reminders go through ${settings.transport.description} every day at ${env.BLUELAMP_NOTIFY_AT?.trim() || '07:00'}, linking to ${settings.publicUrl}.`;
  if (ignored.length > 0) {
    return {
      check,
      status: 'warning',
      detail: `${detail} ${ignored.join(', ')} is set but not used by this way of sending.`,
      action: `Remove ${ignored.join(', ')} from the environment file, so that it says what happens.`,
    };
  }
  return {
    check,
    status: 'ok',
    detail,
    action: null,
  };
}

/** Single sign-on is on only with all three of its settings; some of them alone are a mistake. */
export function singleSignOnCheck(env: NodeJS.ProcessEnv): DoctorCheck | null {
  const names = ['BLUELAMP_OIDC_ISSUER', 'BLUELAMP_OIDC_CLIENT_ID', 'BLUELAMP_OIDC_CLIENT_SECRET'];
  const given = names.filter((name) => env[name] !== undefined);
  if (given.length === 0) return null;
  if (given.length === names.length) {
    return {
      check: 'single sign-on',
      status: 'ok',
      detail: `Single sign-on through ${env.BLUELAMP_OIDC_ISSUER}.`,
      action: null,
    };
  }
  const missing = names.filter((name) => !given.includes(name));
  return {
    check: 'single sign-on',
    status: 'warning',
    detail: `${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} set without ${missing.join(' and ')}: single sign-on is off.`,
    action: `Set ${missing.join(' and ')} as well, or remove ${given.join(' and ')}.`,
  };
}

export async function chromiumCheck(executablePath: string): Promise<DoctorCheck> {
  const check = 'Chromium (PDF)';
  const install =
    'Install Chromium: sudo apt-get install chromium fonts-liberation. HTML and Word reports work without it.';
  if (!chromiumAvailable(executablePath)) {
    return {
      check,
      status: 'warning',
      detail: `No Chromium at ${executablePath}: reports cannot be made as PDF.`,
      action: install,
    };
  }
  try {
    const { stdout } = await run(executablePath, ['--version'], { timeout: 20_000 });
    return { check, status: 'ok', detail: `${stdout.trim()} at ${executablePath}.`, action: null };
  } catch (error) {
    return {
      check,
      status: 'warning',
      detail: `Chromium at ${executablePath} does not start (${(error as Error).message.split('\n')[0]}): reports cannot be made as PDF.`,
      action: install,
    };
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Optional: lets the people who check board packs see the Word files as a reader without Word does. */
export function libreOfficeCheck(searchPath: string): DoctorCheck {
  const check = 'LibreOffice (optional)';
  for (const folder of searchPath.split(path.delimiter).filter((entry) => entry !== '')) {
    for (const program of ['soffice', 'libreoffice']) {
      const candidate = path.join(folder, program);
      if (isExecutable(candidate))
        return { check, status: 'ok', detail: `${candidate} can print Word reports to PDF.`, action: null };
    }
  }
  return {
    check,
    status: 'warning',
    detail: 'LibreOffice is not installed. Bluelamp does not need it.',
    action: 'Optional: sudo apt-get install libreoffice-writer-nogui, to print Word reports to PDF on this machine.',
  };
}

export function webAppCheck(webRoot: string): DoctorCheck {
  if (fs.existsSync(path.join(webRoot, 'index.html'))) {
    return { check: 'web app', status: 'ok', detail: `The web app is built in ${webRoot}.`, action: null };
  }
  return {
    check: 'web app',
    status: 'fail',
    detail: `There is no built web app in ${webRoot}: the API would answer, the pages would not.`,
    action:
      'Install Bluelamp from its package (npm pack builds it), or run "npm run build" in a clone; or correct BLUELAMP_WEB_ROOT.',
  };
}

function worst(checks: readonly DoctorCheck[]): DoctorStatus {
  if (checks.some((check) => check.status === 'fail')) return 'fail';
  return checks.some((check) => check.status === 'warning') ? 'warning' : 'ok';
}

/**
 * Checks that this machine and its settings can run Bluelamp: the things `bluelamp serve` would
 * stop on, and the things it would quietly run without (PDFs, reminders). Never changes anything.
 */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const env = options.env ?? process.env;
  const checks: DoctorCheck[] = [nodeCheck(options.nodeVersion ?? process.versions.node), configurationCheck(env)];
  checks.push(await databaseCheck(env.DATABASE_URL, env));
  try {
    checks.push(...dataFolderChecks(parseDatabaseUrl(env.DATABASE_URL), env));
  } catch {
    // A DATABASE_URL that does not parse has already failed the database check, naming why.
  }
  checks.push(webAppCheck(env.BLUELAMP_WEB_ROOT?.trim() || options.webRoot));
  checks.push(await chromiumCheck(options.chromiumPath ?? DEFAULT_CHROMIUM_PATH));
  checks.push(libreOfficeCheck(env.PATH ?? ''));
  checks.push(await mailCheck(env));
  const sso = singleSignOnCheck(env);
  if (sso !== null) checks.push(sso);
  return { status: worst(checks), checks };
}
