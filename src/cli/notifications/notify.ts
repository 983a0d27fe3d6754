import { Command } from 'commander';
import { BluelampProblem } from '../../domain/errors.js';
import type * as services from '../../services/index.js';
import type { NotifyReport } from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let runNotificationsOnce: typeof services.runNotificationsOnce;
let mailSettingsFromEnvironment: typeof services.mailSettingsFromEnvironment;
async function loadServices(): Promise<void> {
  ({ runNotificationsOnce } = await import('../../services/notifications/notifySchedule.js'));
  ({ mailSettingsFromEnvironment } = await import('../../services/notifications/mailTransport.js'));
}

interface NotifyOptions {
  dryRun?: boolean;
  on?: string;
  json?: boolean;
}

function todayLocal(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function reportText(report: NotifyReport): string {
  const verb = report.dryRun ? 'would be sent' : 'sent';
  const head =
    report.messages.length === 0
      ? `No reminders are due on ${report.on}.`
      : report.dryRun
        ? `${report.messages.length} messages would be sent for ${report.on} (dry run: nothing sent or recorded).`
        : `${report.sent} messages sent for ${report.on}; ${report.failed} failed and will be tried again at the next run.`;
  const rows = report.messages.map((m) => [
    m.to,
    m.subject.length > 70 ? `${m.subject.slice(0, 69)}…` : m.subject,
    m.result,
  ]);
  const lines = [head];
  if (rows.length > 0) lines.push('', formatTable(['To', 'Subject', report.dryRun ? 'Result' : 'Result'], rows));
  if (report.accountsWithoutAddress > 0) {
    lines.push(
      '',
      `${report.accountsWithoutAddress} active accounts have no address for reminders, so none ${verb} to them.`,
    );
  }
  return lines.join('\n');
}

/** `bluelamp notify`: the day's reminders by e-mail, or with --dry-run a list of them. */
export function notifyCommand(output: Output): Command {
  return new Command('notify')
    .description("send the day's reminders by e-mail (BLUELAMP_SMTP_URL or BLUELAMP_NOTIFY_API_KEY), each only once")
    .option('--dry-run', 'list the messages that would be sent; send and record nothing')
    .option('--on <date>', 'the day to remind for, e.g. 2018-10-05 (default: today)')
    .option('--json', 'print JSON instead of a table')
    .hook('preAction', loadServices)
    .action(async (options: NotifyOptions) => {
      const dryRun = options.dryRun === true;
      const mail = dryRun ? null : mailSettingsFromEnvironment();
      if (!dryRun && mail === null) {
        throw new BluelampProblem(
          'invalid-input',
          'No way of sending e-mail is configured: set BLUELAMP_SMTP_URL (with BLUELAMP_MAIL_FROM) or BLUELAMP_NOTIFY_API_KEY, and BLUELAMP_PUBLIC_URL; or use --dry-run.',
        );
      }
      const publicUrl = mail?.publicUrl ?? process.env.BLUELAMP_PUBLIC_URL ?? 'http://localhost:3000';
      try {
        const report = await withContext((ctx) =>
          runNotificationsOnce(ctx, { on: options.on ?? todayLocal(), dryRun, publicUrl, transport: mail?.transport }),
        );
        if (report === null) {
          output.out('Another Bluelamp process is sending reminders now; nothing was sent by this one.');
          return;
        }
        printListing(output, options.json, report, reportText);
      } finally {
        await mail?.transport.close();
      }
    });
}
