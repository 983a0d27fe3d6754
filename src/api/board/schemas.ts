import { z } from 'zod';
import { ACTION_STATUSES, ATTENDANCE, BOARDS } from '../../domain/board/index.js';
import { text } from '../plans/schemas.js';

/** What the board routes accept and answer. */

const date = z.iso.date({ error: 'must be a real date written YYYY-MM-DD' });
const id = z.coerce.number().int().positive().max(2_147_483_647);

export const meetingParams = z.strictObject({ meetingId: id });
export const actionParams = meetingParams.extend({ actionId: id });

export const meetingsQuery = z.strictObject({ board: z.enum(BOARDS).optional().describe('One board only') });

export const meetingBody = z.strictObject({
  board: z.enum(BOARDS),
  date,
  title: text(200).min(1),
  quarter: text(30).nullish().describe('The quarter the meeting reviews, e.g. "2018-19 Q1"'),
  attendees: z
    .array(z.strictObject({ name: text(200).min(1), role: text(200).min(1), attendance: z.enum(ATTENDANCE) }))
    .max(100)
    .optional(),
});

export const actionBody = z.strictObject({
  text: text(2000).min(1),
  owner: text(200).min(1).describe('Who is to do it: a name or a role'),
  due: date,
});

export const statusBody = z.strictObject({
  status: z.enum(ACTION_STATUSES),
  note: text(2000).nullish(),
});

/** Response lists are read-only, as the services return them. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const meetingSummary = z.object({
  id: z.number().int(),
  board: z.enum(BOARDS),
  boardLabel: z.string(),
  date: z.string(),
  title: z.string(),
  quarter: z.string().nullable(),
});

const meetingLink = z.object({ id: z.number().int(), title: z.string(), date: z.string() });

const actionLine = z.object({
  id: z.number().int(),
  text: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  raisedAt: meetingLink,
  raisedHere: z.boolean(),
  status: z.object({
    code: z.enum(ACTION_STATUSES),
    label: z.string(),
    symbol: z.string(),
    meaning: z.string(),
  }),
  note: z.string().nullable(),
  recordedAt: meetingLink.nullable(),
  closedHere: z.boolean(),
  overdue: z.boolean(),
});

export const meetingList = z.object({ meetings: list(meetingSummary) });

export const meetingPage = meetingSummary.extend({
  attendees: list(z.object({ name: z.string(), role: z.string(), attendance: z.enum(ATTENDANCE) })),
  actions: list(actionLine),
});

export const created = z.object({ id: z.number().int() });

export const statusResult = z.object({
  action: z.number().int(),
  meeting: z.number().int(),
  from: z.enum(ACTION_STATUSES),
  to: z.enum(ACTION_STATUSES),
});
