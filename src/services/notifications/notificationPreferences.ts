import { BluelampProblem } from '../../domain/errors.js';
import {
  DEFAULT_PREFERENCES,
  isReminderKind,
  REMINDER_KINDS,
  REMINDER_LABELS,
  type ReminderKind,
  type ReminderPreferences,
} from '../../domain/notifications/index.js';
import {
  findCalendarFeed,
  findNotificationPreferences,
  saveNotificationPreferences,
  type Executor,
} from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { requireUser } from '../accounts/userAccess.js';

/** A person's stored choices, or undefined while they have made none. */
export async function preferencesOf(db: Executor, userId: number): Promise<ReminderPreferences | undefined> {
  const stored = await findNotificationPreferences(db, userId);
  if (stored === undefined) return undefined;
  return { digest: stored.digest, muted: stored.mutedKinds.filter(isReminderKind) };
}

export interface NotificationSettingsView {
  /** Where reminders go; set by an administrator. Null: none are sent. */
  readonly email: string | null;
  readonly digest: boolean;
  readonly kinds: { kind: ReminderKind; label: string; on: boolean }[];
  /** Whether the person has made a calendar feed (its address is shown only when made). */
  readonly hasCalendarFeed: boolean;
  readonly calendarFeedCreatedAt: string | null;
}

/** The signed-in person, or 401: these settings are each person's own, whatever their role. */
export async function requireSignedInUser(ctx: ServiceContext) {
  if (ctx.actor.kind !== 'user') throw new BluelampProblem('unauthenticated', 'Sign in to change your reminders.');
  return requireUser(ctx.store.db, { username: ctx.actor.username });
}

async function viewOf(ctx: ServiceContext, userId: number, email: string | null): Promise<NotificationSettingsView> {
  const preferences = (await preferencesOf(ctx.store.db, userId)) ?? DEFAULT_PREFERENCES;
  const feed = await findCalendarFeed(ctx.store.db, { userId });
  return {
    email,
    digest: preferences.digest,
    kinds: REMINDER_KINDS.map((kind) => ({
      kind,
      label: REMINDER_LABELS[kind],
      on: !preferences.muted.includes(kind),
    })),
    hasCalendarFeed: feed !== undefined,
    calendarFeedCreatedAt: feed?.createdAt ?? null,
  };
}

export async function getNotificationSettings(ctx: ServiceContext): Promise<NotificationSettingsView> {
  const user = await requireSignedInUser(ctx);
  return viewOf(ctx, user.id, user.email);
}

/** Saves which reminders the signed-in person gets, and whether in one daily message or each alone. */
export async function saveNotificationSettings(
  ctx: ServiceContext,
  input: { digest: boolean; kinds: readonly string[] },
): Promise<NotificationSettingsView> {
  const user = await requireSignedInUser(ctx);
  const unknown = input.kinds.filter((kind) => !isReminderKind(kind));
  if (unknown.length > 0) {
    throw new BluelampProblem('invalid-input', `"${unknown.join('", "')}" is not a kind of reminder.`, 'kinds');
  }
  const muted = REMINDER_KINDS.filter((kind) => !input.kinds.includes(kind));
  await saveNotificationPreferences(
    ctx.store.db,
    user.id,
    { digest: input.digest, mutedKinds: muted },
    new Date().toISOString(),
  );
  return viewOf(ctx, user.id, user.email);
}
