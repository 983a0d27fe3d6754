import { z } from 'zod';
import { REMINDER_KINDS } from '../../domain/notifications/index.js';
import {
  createCalendarFeed,
  getNotificationSettings,
  renderCalendarFeed,
  saveNotificationSettings,
} from '../../services/index.js';
import { defineRoute, type FileDownload, type RouteDefinition } from '../route.js';

const TAG = 'Reminders';

const reminderKind = z.enum(REMINDER_KINDS);

const settings = z.object({
  email: z.string().nullable(),
  digest: z.boolean(),
  kinds: z.array(z.object({ kind: reminderKind, label: z.string(), on: z.boolean() })),
  hasCalendarFeed: z.boolean(),
  calendarFeedCreatedAt: z.string().nullable(),
});

const settingsChange = z.strictObject({
  digest: z.boolean(),
  /** The kinds to be reminded of; the others are turned off. */
  kinds: z.array(reminderKind).max(REMINDER_KINDS.length),
});

// A feed token is 32 random bytes in base64url: exactly 43 characters.
const feedParams = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'is not a feed address' }),
});

function publicUrl(): string | null {
  const url = process.env.BLUELAMP_PUBLIC_URL?.trim() ?? '';
  return URL.canParse(url) ? url : null;
}

export const notificationRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/account/notifications',
    operationId: 'getNotificationSettings',
    summary:
      "The signed-in person's reminder settings: their address, which reminders, daily digest or not, calendar feed",
    tag: TAG,
    access: 'signed-in',
    response: settings,
    handler: (ctx) => getNotificationSettings(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/account/notifications',
    operationId: 'saveNotificationSettings',
    summary: 'Choose which reminders the signed-in person gets by e-mail, and whether in one message a day',
    tag: TAG,
    access: 'signed-in',
    body: settingsChange,
    response: settings,
    handler: (ctx, { body }) => saveNotificationSettings(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/account/calendar-feed',
    operationId: 'createCalendarFeed',
    summary:
      "Make a new address for the signed-in person's calendar feed of deadlines, shown only now; any earlier address stops working",
    tag: TAG,
    access: 'signed-in',
    response: z.object({ path: z.string(), createdAt: z.string() }),
    handler: (ctx) => createCalendarFeed(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/calendar/:token.ics',
    operationId: 'getCalendarFeed',
    summary:
      "A person's deadlines and the board meetings as an iCalendar feed; the secret address is the key, as calendar applications cannot sign in",
    tag: TAG,
    access: 'public',
    params: feedParams,
    download: true,
    response: z.unknown(),
    handler: async (ctx, { params }): Promise<FileDownload> => ({
      fileName: 'bluelamp.ics',
      mediaType: 'text/calendar; charset=utf-8',
      content: Buffer.from(await renderCalendarFeed(ctx, params.token, publicUrl()), 'utf8'),
    }),
  }),
];
