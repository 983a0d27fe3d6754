import type { Executor } from '../schema.js';

export interface StoredPreferences {
  readonly digest: boolean;
  readonly mutedKinds: string[];
  readonly updatedAt: string;
}

function parseMuted(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((value): value is string => typeof value === 'string') : [];
  } catch {
    return [];
  }
}

export async function findNotificationPreferences(
  db: Executor,
  userId: number,
): Promise<StoredPreferences | undefined> {
  const row = await db
    .selectFrom('notification_preferences')
    .select(['digest', 'muted_kinds', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { digest: row.digest === 1, mutedKinds: parseMuted(row.muted_kinds), updatedAt: row.updated_at };
}

export async function saveNotificationPreferences(
  db: Executor,
  userId: number,
  preferences: { digest: boolean; mutedKinds: readonly string[] },
  at: string,
): Promise<void> {
  const values = {
    digest: preferences.digest ? 1 : 0,
    muted_kinds: JSON.stringify(preferences.mutedKinds),
    updated_at: at,
  };
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, ...values })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
    .execute();
}

export interface ReminderClaim {
  readonly userId: number;
  readonly workKey: string;
  readonly workKind: string;
  readonly reminderKind: string;
  readonly dueOn: string | null;
  readonly runOn: string;
  readonly address: string;
  readonly subject: string;
  readonly at: string;
}

/**
 * Takes a reminder for sending: inserts its row, or takes back one whose sending failed. Answers
 * the row's id, or null when the reminder was sent (or is being sent) already: the unique key on
 * person, item and kind makes this safe with any number of processes running at once.
 */
export async function claimReminder(db: Executor, claim: ReminderClaim): Promise<number | null> {
  const inserted = await db
    .insertInto('notifications')
    .values({
      user_id: claim.userId,
      work_key: claim.workKey,
      work_kind: claim.workKind,
      reminder_kind: claim.reminderKind,
      due_on: claim.dueOn,
      run_on: claim.runOn,
      address: claim.address,
      subject: claim.subject,
      result: 'sending',
      attempted_at: claim.at,
    })
    .onConflict((conflict) => conflict.columns(['user_id', 'work_key', 'reminder_kind']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted !== undefined) return inserted.id;
  const retried = await db
    .updateTable('notifications')
    .set((eb) => ({
      result: 'sending',
      error: null,
      run_on: claim.runOn,
      address: claim.address,
      subject: claim.subject,
      attempted_at: claim.at,
      attempts: eb('attempts', '+', 1),
    }))
    .where('user_id', '=', claim.userId)
    .where('work_key', '=', claim.workKey)
    .where('reminder_kind', '=', claim.reminderKind)
    .where('result', '=', 'failed')
    .returning('id')
    .executeTakeFirst();
  return retried?.id ?? null;
}

/** Records how sending went for the reminders one message carried. */
export async function settleReminders(
  db: Executor,
  ids: readonly number[],
  outcome: { result: 'sent' | 'failed'; error: string | null; at: string },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('notifications')
    .set({ result: outcome.result, error: outcome.error, sent_at: outcome.result === 'sent' ? outcome.at : null })
    .where('id', 'in', [...ids])
    .execute();
}

/** "key|kind" of every reminder a person was sent or is being sent: the ones never to send again. */
export async function listSettledReminderKeys(db: Executor, userId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('notifications')
    .select(['work_key', 'reminder_kind'])
    .where('user_id', '=', userId)
    .where('result', '!=', 'failed')
    .execute();
  return new Set(rows.map((row) => `${row.work_key}|${row.reminder_kind}`));
}

export interface NotificationRecord {
  readonly id: number;
  readonly username: string;
  readonly workKey: string;
  readonly workKind: string;
  readonly reminderKind: string;
  readonly dueOn: string | null;
  readonly runOn: string;
  readonly address: string;
  readonly subject: string;
  readonly result: 'sending' | 'sent' | 'failed';
  readonly error: string | null;
  readonly attempts: number;
  readonly attemptedAt: string;
  readonly sentAt: string | null;
}

export async function listNotificationRecords(db: Executor): Promise<NotificationRecord[]> {
  const rows = await db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .selectAll('n')
    .select('u.username')
    .orderBy('n.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    workKey: row.work_key,
    workKind: row.work_kind,
    reminderKind: row.reminder_kind,
    dueOn: row.due_on,
    runOn: row.run_on,
    address: row.address,
    subject: row.subject,
    result: row.result,
    error: row.error,
    attempts: row.attempts,
    attemptedAt: row.attempted_at,
    sentAt: row.sent_at,
  }));
}

/** Gives a person a new calendar feed token (its digest), replacing any they had. */
export async function saveCalendarFeedToken(
  db: Executor,
  userId: number,
  tokenHash: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token_hash: tokenHash, created_at: at })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: at }))
    .execute();
}

export async function findCalendarFeed(
  db: Executor,
  where: { userId: number } | { tokenHash: string },
): Promise<{ userId: number; createdAt: string } | undefined> {
  let query = db.selectFrom('calendar_feeds').select(['user_id', 'created_at']);
  query =
    'userId' in where ? query.where('user_id', '=', where.userId) : query.where('token_hash', '=', where.tokenHash);
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : { userId: row.user_id, createdAt: row.created_at };
}
