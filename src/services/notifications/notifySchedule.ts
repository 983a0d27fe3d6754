import { sql } from 'kysely';
import { BluelampProblem } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import type { MailSettings } from './mailTransport.js';
import { runNotifications, type NotifyOptions, type NotifyReport } from './runNotifications.js';

/** A job the server runs by itself, on a timer. One interface, so another runner can replace the timer. */
export interface JobRunner {
  /** When the job next runs. */
  readonly nextRunAt: Date | null;
  stop(): void;
}

/** The advisory lock that lets one PostgreSQL client at a time run the reminders ("BLNOTIFY"). */
const NOTIFY_LOCK = 0x424c4e4f54494659n;

/**
 * Runs the reminders, on PostgreSQL only while holding an advisory lock for the run, so that of
 * several Bluelamp processes started together only one sends (the unique key on each reminder is
 * the last guard). Answers null when another process holds the lock.
 */
export async function runNotificationsOnce(ctx: ServiceContext, options: NotifyOptions): Promise<NotifyReport | null> {
  if (ctx.store.dialect !== 'postgres') return runNotifications(ctx, options);
  return ctx.store.db.transaction().execute(async (trx) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_xact_lock(${NOTIFY_LOCK.toString()}::bigint) as locked`.execute(trx);
    if (rows[0]?.locked !== true) return null;
    return runNotifications(ctx, options);
  });
}

/** "07:00" as hours and minutes, refusing anything else with a sentence. */
export function parseTimeOfDay(text: string): { hours: number; minutes: number } {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (match === null) {
    throw new BluelampProblem(
      'invalid-input',
      `BLUELAMP_NOTIFY_AT must be a time of day such as 07:00, not "${text}".`,
    );
  }
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** The next moment, after now, that the local clock reads the time of day. */
export function nextRunAfter(now: Date, at: { hours: number; minutes: number }): Date {
  const next = new Date(now);
  next.setHours(at.hours, at.minutes, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next;
}

function localDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/**
 * Sends the day's reminders every day at a local time (BLUELAMP_NOTIFY_AT, 07:00 unless set),
 * with an in-process timer. Each run is one call of the same use case as `bluelamp notify`.
 */
export function scheduleDailyNotifications(
  ctx: ServiceContext,
  mail: MailSettings,
  timeOfDay: string,
  log: { info(text: string): void; error(text: string): void },
): JobRunner {
  const at = parseTimeOfDay(timeOfDay);
  let timer: NodeJS.Timeout | null = null;
  let nextRunAt: Date | null = null;
  const plan = () => {
    nextRunAt = nextRunAfter(new Date(), at);
    timer = setTimeout(() => void run(), nextRunAt.getTime() - Date.now());
    timer.unref();
  };
  const run = async () => {
    try {
      const report = await runNotificationsOnce(ctx, {
        on: localDate(new Date()),
        dryRun: false,
        publicUrl: mail.publicUrl,
        transport: mail.transport,
      });
      if (report === null) log.info('Reminders: another Bluelamp process is sending them.');
      else log.info(`Reminders: ${report.sent} messages sent, ${report.failed} failed (to be tried again).`);
    } catch (error) {
      log.error(`Reminders could not be sent: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (timer !== null) plan();
  };
  plan();
  return {
    get nextRunAt() {
      return nextRunAt;
    },
    stop: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      nextRunAt = null;
    },
  };
}
