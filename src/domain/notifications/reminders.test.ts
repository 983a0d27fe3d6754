import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.js';
import { composeMessage } from './messages.js';
import {
  deadlineReminder,
  groupIntoMessages,
  remindersDue,
  REMINDER_KINDS,
  type ReminderSource,
  type ReminderWorkKind,
} from './reminders.js';

const ON = '2018-10-05';

function item(
  kind: ReminderWorkKind,
  deadline: string | null,
  key = `k:${kind}:${deadline ?? 'none'}`,
): ReminderSource {
  return { kind, key, title: `Q2 2018-19 update for ${key}`, deadline, path: `/work/${key}`, comment: null };
}

describe('reminder rules', () => {
  it('remind 7 days ahead, on the day and once overdue, and not before the 7 days start', () => {
    expect(deadlineReminder(addDays(ON, 8), ON)).toBeNull();
    expect(deadlineReminder(addDays(ON, 7), ON)).toBe('due-soon');
    expect(deadlineReminder(addDays(ON, 1), ON)).toBe('due-soon');
    expect(deadlineReminder(ON, ON)).toBe('due-today');
    expect(deadlineReminder(addDays(ON, -1), ON)).toBe('overdue');
    expect(deadlineReminder(null, ON)).toBeNull();
  });

  it('do not remind of work missed long ago, so a first run does not flood anyone', () => {
    expect(deadlineReminder(addDays(ON, -14), ON)).toBe('overdue');
    expect(deadlineReminder(addDays(ON, -15), ON)).toBeNull();
  });

  it('remind of an update returned, one to review and evidence to decide even without a deadline', () => {
    const kinds = remindersDue(
      [item('update-returned', null), item('update-to-review', null), item('finding-to-decide', null)],
      ON,
    ).map((r) => r.kind);
    expect(kinds).toEqual(['returned', 'to-review', 'to-decide']);
  });

  it('remind of a board action due like any other deadline', () => {
    expect(remindersDue([item('board-action', addDays(ON, 3))], ON).map((r) => r.kind)).toEqual(['due-soon']);
  });

  it('leave out the kinds a person turned off', () => {
    const items = [item('update-returned', ON), item('update-to-write', addDays(ON, 2))];
    expect(remindersDue(items, ON, { digest: true, muted: ['due-today', 'returned'] }).map((r) => r.kind)).toEqual([
      'due-soon',
    ]);
  });

  it('give each item at most one deadline reminder a day, whatever its deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const due = remindersDue([item('update-to-write', addDays(ON, offset))], ON);
        expect(due.length).toBeLessThanOrEqual(1);
        expect(due.length === 1).toBe(offset >= -14 && offset <= 7);
      }),
    );
  });

  it('gather every reminder into one digest, or send each alone, losing none either way', () => {
    const kinds: ReminderWorkKind[] = ['update-to-write', 'update-returned', 'board-action', 'finding-to-decide'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...kinds), fc.integer({ min: -20, max: 20 })), { maxLength: 12 }),
        fc.boolean(),
        (specs, digest) => {
          const reminders = remindersDue(
            specs.map(([kind, offset], index) => item(kind, addDays(ON, offset), `k${index}`)),
            ON,
          );
          const messages = groupIntoMessages(reminders, digest);
          expect(messages.flat()).toHaveLength(reminders.length);
          expect(messages.length).toBe(digest ? Math.min(1, reminders.length) : reminders.length);
          for (const reminder of messages.flat()) expect(REMINDER_KINDS).toContain(reminder.kind);
        },
      ),
    );
  });

  it('put what is overdue at the top of a digest', () => {
    const reminders = remindersDue(
      [item('update-to-write', addDays(ON, 3)), item('board-action', addDays(ON, -2))],
      ON,
    );
    const [digest] = groupIntoMessages(reminders, true);
    expect(digest?.map((r) => r.kind)).toEqual(['overdue', 'due-soon']);
  });
});

describe('reminder messages', () => {
  const recipient = { displayName: 'Territorial Policing milestone owner', email: 'tp.owner@example.org' };

  it('name the work, its deadline and a link to it in both the text and the HTML', () => {
    const [reminder] = remindersDue([item('update-to-write', '2018-10-12', 'update:bp:BP18-61:2018-19 Q2')], ON);
    if (reminder === undefined) throw new Error('expected a reminder');
    const message = composeMessage(recipient, [reminder], ON, 'https://bluelamp.example.org/');
    expect(message.to).toBe('tp.owner@example.org');
    expect(message.subject).toBe('Due within 7 days: Q2 2018-19 update for update:bp:BP18-61:2018-19 Q2');
    expect(message.text).toContain('Deadline: 12 October 2018');
    expect(message.text).toContain('https://bluelamp.example.org/work/update:bp:BP18-61:2018-19 Q2');
    expect(message.html).toContain('href="https://bluelamp.example.org/account/notifications"');
  });

  it('escape what people wrote, so a comment cannot add markup to the HTML', () => {
    const returned = { ...item('update-returned', null), comment: '<script>alert(1)</script> & more' };
    const message = composeMessage(recipient, remindersDue([returned], ON), ON, 'https://b.example.org');
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(message.text).toContain("Reviewer's comment: <script>alert(1)</script> & more");
  });

  it('count the reminders of a digest in its subject', () => {
    const reminders = remindersDue([item('update-to-write', '2018-10-12'), item('board-action', ON)], ON);
    expect(composeMessage(recipient, reminders, ON, 'https://b.example.org').subject).toBe(
      'Bluelamp: 2 reminders for 5 October 2018',
    );
  });
});
