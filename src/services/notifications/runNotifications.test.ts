import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { listNotificationRecords, listUsers } from '../../store/index.js';
import { smtpTransport, type MailTransport } from './mailTransport.js';
import { runNotificationsOnce } from './notifySchedule.js';
import { runNotifications } from './runNotifications.js';

interface Arrival {
  readonly to: string[];
  readonly body: string;
}

/** A real SMTP server in this process, which takes every message or, while `refusing`, refuses each. */
function startMailServer(): Promise<{
  port: number;
  arrivals: Arrival[];
  refusing: { on: boolean };
  close: () => Promise<void>;
}> {
  const arrivals: Arrival[] = [];
  const refusing = { on: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(refusing.on ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      stream.on('end', () => {
        // Undo quoted-printable's soft line breaks and escaped equals signs, enough to read links.
        const decoded = body.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
        arrivals.push({ to: session.envelope.rcptTo.map((r) => r.address), body: decoded });
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        port,
        arrivals,
        refusing,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              done();
            });
          }),
      });
    });
  });
}

const PUBLIC_URL = 'https://bluelamp.example.org';

describeWithDemoData('reminders sent through a real SMTP server', (ctx, dialect) => {
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  let transport: MailTransport;
  beforeAll(async () => {
    mail = await startMailServer();
    transport = smtpTransport(`smtp://127.0.0.1:${mail.port}`, 'Bluelamp <bluelamp@example.org>');
  });
  afterAll(async () => {
    await transport.close();
    await mail.close();
  });

  it('lists in a dry run a reminder to each owner with a Quarter 2 update not yet submitted, and records nothing', async () => {
    const report = await runNotifications(ctx(), { on: '2018-10-05', dryRun: true, publicUrl: PUBLIC_URL });
    const owners = (await listUsers(ctx().store.db)).filter((u) => u.username.startsWith('demo.owner.'));
    expect(owners.length).toBeGreaterThanOrEqual(5);
    for (const owner of owners) {
      const message = report.messages.find((m) => m.username === owner.username);
      expect(message?.to, owner.username).toBe(owner.email);
      expect(
        message?.reminders.some((r) => r.workKind === 'update-to-write' && r.workKey.endsWith(':2018-19 Q2')),
      ).toBe(true);
    }
    expect(await listNotificationRecords(ctx().store.db)).toEqual([]);
    expect(mail.arrivals).toEqual([]);
  });

  it('delivers each message once, to the right address, and sends nothing new when run again', async () => {
    const first = await runNotifications(ctx(), { on: '2018-10-05', dryRun: false, publicUrl: PUBLIC_URL, transport });
    expect(first.failed).toBe(0);
    expect(first.sent).toBe(first.messages.length);
    expect(mail.arrivals).toHaveLength(first.messages.length);
    for (const message of first.messages) {
      const arrived = mail.arrivals.filter((a) => a.to.includes(message.to));
      expect(arrived, message.to).toHaveLength(1);
      expect(arrived[0]?.body).toContain(message.reminders[0]?.link);
    }
    const again = await runNotifications(ctx(), { on: '2018-10-06', dryRun: false, publicUrl: PUBLIC_URL, transport });
    expect(again.messages).toEqual([]);
    expect(mail.arrivals).toHaveLength(first.messages.length);
    const records = await listNotificationRecords(ctx().store.db);
    expect(records.every((r) => r.result === 'sent' && r.sentAt !== null)).toBe(true);
  });

  it("records 'failed' when the server refuses, and the next run sends what failed", async () => {
    const before = mail.arrivals.length;
    mail.refusing.on = true;
    const refused = await runNotifications(ctx(), {
      on: '2018-10-12',
      dryRun: false,
      publicUrl: PUBLIC_URL,
      transport,
    }).finally(() => (mail.refusing.on = false));
    expect(refused.sent).toBe(0);
    expect(refused.failed).toBeGreaterThan(0);
    const failed = (await listNotificationRecords(ctx().store.db)).filter((r) => r.result === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.some((r) => r.reminderKind === 'due-today')).toBe(true);
    expect(failed.every((r) => r.error !== null && r.sentAt === null)).toBe(true);
    const retried = await runNotifications(ctx(), {
      on: '2018-10-12',
      dryRun: false,
      publicUrl: PUBLIC_URL,
      transport,
    });
    expect(retried.sent).toBe(refused.failed);
    expect(mail.arrivals.length - before).toBe(refused.failed);
    const after = await listNotificationRecords(ctx().store.db);
    expect(after.filter((r) => r.result !== 'sent')).toEqual([]);
    expect(after.find((r) => r.id === failed[0]?.id)?.attempts).toBe(2);
  });

  it('sends each reminder once when two runs start at the same moment', async () => {
    const before = mail.arrivals.length;
    const runs = await Promise.all([
      runNotificationsOnce(ctx(), { on: '2018-10-15', dryRun: false, publicUrl: PUBLIC_URL, transport }),
      runNotificationsOnce(ctx(), { on: '2018-10-15', dryRun: false, publicUrl: PUBLIC_URL, transport }),
    ]);
    const sent = runs.reduce((total, run) => total + (run?.sent ?? 0), 0);
    expect(sent).toBeGreaterThan(0);
    const recipients = mail.arrivals.slice(before).flatMap((a) => a.to);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(recipients).toHaveLength(sent);
  });

  if (dialect === 'postgres') {
    it('leaves the run to the process holding the advisory lock on PostgreSQL', async () => {
      await ctx()
        .store.db.transaction()
        .execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(${0x424c4e4f54494659n.toString()}::bigint)`.execute(trx);
          const report = await runNotificationsOnce(ctx(), {
            on: '2018-10-20',
            dryRun: false,
            publicUrl: PUBLIC_URL,
            transport,
          });
          expect(report).toBeNull();
        });
    });
  }
});

describe('mail settings', () => {
  it('refuses an SMTP address that is not one, saying which setting is wrong', () => {
    expect(() => smtpTransport('http://mail.example.org', 'a@example.org')).toThrow(/BLUELAMP_SMTP_URL/);
  });
});
