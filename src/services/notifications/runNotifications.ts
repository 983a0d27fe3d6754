import type { IsoDate } from '../../domain/calendar/index.js';
import { parseIsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  composeMessage,
  DEFAULT_PREFERENCES,
  groupIntoMessages,
  linkTo,
  remindersDue,
  type MailMessage,
  type Reminder,
} from '../../domain/notifications/index.js';
import {
  claimReminder,
  listSettledReminderKeys,
  listUsers,
  settleReminders,
  type UserRecord,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { listWorkFor } from '../work/listWorkFor.js';
import type { MailTransport } from './mailTransport.js';
import { preferencesOf } from './notificationPreferences.js';

export interface NotifyOptions {
  readonly on: IsoDate;
  /** List what would be sent, send nothing and record nothing. */
  readonly dryRun: boolean;
  readonly publicUrl: string;
  /** Needed unless it is a dry run. */
  readonly transport?: MailTransport | undefined;
}

export interface NotifiedReminder {
  readonly kind: Reminder['kind'];
  readonly workKey: string;
  readonly workKind: string;
  readonly title: string;
  readonly deadline: string | null;
  readonly link: string;
}

export interface NotifiedMessage {
  readonly username: string;
  readonly to: string;
  readonly subject: string;
  readonly reminders: NotifiedReminder[];
  readonly result: 'dry-run' | 'sent' | 'failed';
  readonly error: string | null;
}

export interface NotifyReport {
  readonly on: IsoDate;
  readonly dryRun: boolean;
  readonly messages: NotifiedMessage[];
  readonly sent: number;
  readonly failed: number;
  /** Active accounts with no address for reminders: they see their work only in the app. */
  readonly accountsWithoutAddress: number;
}

/** The person as the actor of their own work list, so it holds exactly what they would see. */
function asActor(ctx: ServiceContext, user: UserRecord): ServiceContext {
  return { ...ctx, actor: { kind: 'user', username: user.username, role: user.role, scope: user.scope } };
}

async function remindersFor(ctx: ServiceContext, user: UserRecord, on: IsoDate): Promise<Reminder[][]> {
  const items = await listWorkFor(asActor(ctx, user), on);
  const preferences = (await preferencesOf(ctx.store.db, user.id)) ?? DEFAULT_PREFERENCES;
  const settled = await listSettledReminderKeys(ctx.store.db, user.id);
  const fresh = remindersDue(items, on, preferences).filter((r) => !settled.has(`${r.item.key}|${r.kind}`));
  return groupIntoMessages(fresh, preferences.digest);
}

function describe(
  user: UserRecord,
  message: MailMessage,
  reminders: readonly Reminder[],
  publicUrl: string,
  outcome: { result: NotifiedMessage['result']; error: string | null },
): NotifiedMessage {
  return {
    username: user.username,
    to: message.to,
    subject: message.subject,
    reminders: reminders.map((r) => ({
      kind: r.kind,
      workKey: r.item.key,
      workKind: r.item.kind,
      title: r.item.title,
      deadline: r.item.deadline,
      link: linkTo(publicUrl, r.item.path),
    })),
    ...outcome,
  };
}

/** Claims each reminder of a message; those another run holds already are left out of it. */
async function claimAll(
  ctx: ServiceContext,
  user: UserRecord & { email: string },
  reminders: readonly Reminder[],
  on: IsoDate,
  subject: string,
): Promise<{ ids: number[]; claimed: Reminder[] }> {
  const ids: number[] = [];
  const claimed: Reminder[] = [];
  for (const reminder of reminders) {
    const id = await claimReminder(ctx.store.db, {
      userId: user.id,
      workKey: reminder.item.key,
      workKind: reminder.item.kind,
      reminderKind: reminder.kind,
      dueOn: reminder.item.deadline,
      runOn: on,
      address: user.email,
      subject,
      at: new Date().toISOString(),
    });
    if (id !== null) {
      ids.push(id);
      claimed.push(reminder);
    }
  }
  return { ids, claimed };
}

async function sendOne(
  ctx: ServiceContext,
  user: UserRecord & { email: string },
  reminders: readonly Reminder[],
  options: NotifyOptions & { transport: MailTransport },
): Promise<NotifiedMessage | null> {
  const planned = composeMessage(user, reminders, options.on, options.publicUrl);
  const { ids, claimed } = await claimAll(ctx, user, reminders, options.on, planned.subject);
  if (claimed.length === 0) return null;
  const message = composeMessage(user, claimed, options.on, options.publicUrl);
  let outcome: { result: 'sent' | 'failed'; error: string | null };
  try {
    await options.transport.send(message);
    outcome = { result: 'sent', error: null };
  } catch (error) {
    outcome = { result: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
  await settleReminders(ctx.store.db, ids, { ...outcome, at: new Date().toISOString() });
  return describe(user, message, claimed, options.publicUrl, outcome);
}

/**
 * Sends (or, in a dry run, lists) the reminders due on a day to every active account with an
 * address: each reminder once, ever, whichever process sends it; one that failed is tried again
 * by the next run. Each person's reminders come from their own work list.
 */
export async function runNotifications(ctx: ServiceContext, options: NotifyOptions): Promise<NotifyReport> {
  authorise(ctx, 'system.administer');
  if (parseIsoDate(options.on) === null) {
    throw new BluelampProblem('invalid-input', `The day must be a date such as 2018-10-05, not "${options.on}".`, 'on');
  }
  const transport = options.transport;
  if (!options.dryRun && transport === undefined) {
    throw new BluelampProblem(
      'invalid-input',
      'No way of sending e-mail is configured: set BLUELAMP_SMTP_URL or BLUELAMP_NOTIFY_API_KEY, or use --dry-run.',
    );
  }
  const users = (await listUsers(ctx.store.db)).filter((user) => !user.disabled);
  const messages: NotifiedMessage[] = [];
  for (const user of users) {
    const email = user.email;
    if (email === null) continue;
    const recipient = { ...user, email };
    for (const reminders of await remindersFor(ctx, recipient, options.on)) {
      if (transport === undefined || options.dryRun) {
        const message = composeMessage(recipient, reminders, options.on, options.publicUrl);
        messages.push(describe(recipient, message, reminders, options.publicUrl, { result: 'dry-run', error: null }));
        continue;
      }
      const sent = await sendOne(ctx, recipient, reminders, { ...options, transport });
      if (sent !== null) messages.push(sent);
    }
  }
  return {
    on: options.on,
    dryRun: options.dryRun,
    messages,
    sent: messages.filter((m) => m.result === 'sent').length,
    failed: messages.filter((m) => m.result === 'failed').length,
    accountsWithoutAddress: users.filter((user) => user.email === null).length,
  };
}
