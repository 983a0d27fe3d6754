import type { JobRunner, ServiceContext } from '../../services/index.js';
import type { Output } from '../output.js';

/**
 * Starts the daily reminders inside `bluelamp serve` when a way of sending mail is configured
 * (BLUELAMP_SMTP_URL or BLUELAMP_NOTIFY_API_KEY), at BLUELAMP_NOTIFY_AT (07:00 unless set);
 * otherwise reminders are off and it says so. Settings that are wrong stop the server starting.
 */
export async function startDailyReminders(ctx: ServiceContext, output: Output): Promise<JobRunner | null> {
  const { mailSettingsFromEnvironment } = await import('../../services/notifications/mailTransport.js');
  const { scheduleDailyNotifications } = await import('../../services/notifications/notifySchedule.js');
  const mail = mailSettingsFromEnvironment();
  if (mail === null) {
    output.out('Reminders by e-mail are off: set BLUELAMP_SMTP_URL or BLUELAMP_NOTIFY_API_KEY to send them.');
    return null;
  }
  const at = process.env.BLUELAMP_NOTIFY_AT?.trim() || '07:00';
  const runner = scheduleDailyNotifications(ctx, mail, at, {
    info: (text) => {
      output.out(text);
    },
    error: (text) => {
      output.err(text);
    },
  });
  output.out(`Reminders go out every day at ${at} through ${mail.transport.description}.`);
  return runner;
}
