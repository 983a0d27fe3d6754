import { createHash, randomBytes } from 'node:crypto';
import { BluelampProblem } from '../../domain/errors.js';
import { buildCalendar, linkTo, type CalendarEntry } from '../../domain/notifications/index.js';
import { findCalendarFeed, findUser, listStoredMeetings, saveCalendarFeedToken } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { listWorkFor } from '../work/listWorkFor.js';
import { requireSignedInUser } from './notificationPreferences.js';

function digestOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A link for an entry, when the server knows the address it is reached at (BLUELAMP_PUBLIC_URL). */
function linked(publicUrl: string | null, path: string): { url?: string } {
  return publicUrl === null ? {} : { url: linkTo(publicUrl, path) };
}

/** The address a feed is fetched from: the token is the only key, so it is shown once, when made. */
export function calendarFeedPath(token: string): string {
  return `/api/calendar/${token}.ics`;
}

/**
 * Makes the signed-in person a new calendar feed address, which replaces (and so stops) any
 * address they had. Only its digest is kept, so the address is answered now and never again.
 */
export async function createCalendarFeed(ctx: ServiceContext): Promise<{ path: string; createdAt: string }> {
  const user = await requireSignedInUser(ctx);
  const token = randomBytes(32).toString('base64url');
  const createdAt = new Date().toISOString();
  await saveCalendarFeedToken(ctx.store.db, user.id, digestOf(token), createdAt);
  return { path: calendarFeedPath(token), createdAt };
}

/**
 * A person's calendar: the deadlines of their work list and the board meetings, for the calendar
 * application that holds their feed address. The token is the whole check: a calendar client
 * cannot sign in. A disabled account's feed answers nothing, like an unknown one.
 */
export async function renderCalendarFeed(
  ctx: ServiceContext,
  token: string,
  publicUrl: string | null,
): Promise<string> {
  const feed = /^[A-Za-z0-9_-]{43}$/.test(token)
    ? await findCalendarFeed(ctx.store.db, { tokenHash: digestOf(token) })
    : undefined;
  const user = feed === undefined ? undefined : await findUser(ctx.store.db, { id: feed.userId });
  if (user === undefined || user.disabled) {
    throw new BluelampProblem('not-found', 'No calendar has this address; make a new one on your reminders page.');
  }
  const asUser: ServiceContext = {
    ...ctx,
    actor: { kind: 'user', username: user.username, role: user.role, scope: user.scope },
  };
  const work = await listWorkFor(asUser, ctx.today());
  const entries: CalendarEntry[] = work.flatMap((item) =>
    item.deadline === null
      ? []
      : [{ uid: `${item.key}@bluelamp`, date: item.deadline, summary: item.title, ...linked(publicUrl, item.path) }],
  );
  for (const meeting of await listStoredMeetings(ctx.store.db)) {
    entries.push({
      uid: `board-meeting:${meeting.id}@bluelamp`,
      date: meeting.date,
      summary: `${meeting.boardName}: ${meeting.title}`,
      ...linked(publicUrl, `/board/meetings/${meeting.id}`),
    });
  }
  return buildCalendar(`Bluelamp: ${user.displayName}`, entries, new Date());
}
