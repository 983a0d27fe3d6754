import { z } from 'zod';
import {
  ACTION_STATUSES,
  ATTENDANCE,
  BOARD_KEY_PATTERN,
  BOARD_OWNERS,
  BOARD_REPORTS,
  BOARD_VISIBILITIES,
  PAPER_KINDS,
} from '../../domain/board/index.js';
import { text } from '../plans/schemas.js';

/** What the board routes accept and answer. */

const date = z.iso.date({ error: 'must be a real date written YYYY-MM-DD' });
const id = z.coerce.number().int().positive().max(2_147_483_647);

export const meetingParams = z.strictObject({ meetingId: id });
export const actionParams = meetingParams.extend({ actionId: id });

/** A board's key; which keys exist is the boards table's to say, so the service checks that. */
export const boardKey = z
  .string()
  .min(2)
  .max(60)
  .regex(BOARD_KEY_PATTERN, { error: 'must be lower-case words joined by hyphens' });

export const meetingsQuery = z.strictObject({ board: boardKey.optional().describe('One board only') });

export const meetingBody = z.strictObject({
  board: boardKey,
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
  board: z.string(),
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

export const paperView = z.object({
  kind: z.enum(PAPER_KINDS),
  label: z.string(),
  text: z.string(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  files: list(
    z.object({
      id: z.number().int(),
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number().int(),
      sha256: z.string(),
      addedAt: z.string(),
      path: z.string(),
    }),
  ),
});

export const meetingPage = meetingSummary.extend({
  boardVisibility: z.enum(BOARD_VISIBILITIES),
  attendees: list(z.object({ name: z.string(), role: z.string(), attendance: z.enum(ATTENDANCE) })),
  actions: list(actionLine),
  papers: list(paperView),
});

export const boardParams = z.strictObject({ boardKey });

export const boardFields = z.strictObject({
  name: text(120).min(1),
  owner: z.enum(BOARD_OWNERS).describe('Whose board it is'),
  visibility: z.enum(BOARD_VISIBILITIES).describe('Public boards have their papers on the public site'),
  reports: z.array(z.enum(BOARD_REPORTS)).max(BOARD_REPORTS.length).optional(),
  reviewsRisks: z.boolean().optional(),
});

export const newBoardBody = boardFields.extend({ key: boardKey });

export const boardShape = z.object({
  key: z.string(),
  name: z.string(),
  owner: z.enum(BOARD_OWNERS),
  ownerLabel: z.string(),
  visibility: z.enum(BOARD_VISIBILITIES),
  reports: list(z.enum(BOARD_REPORTS)),
  reportLabels: list(z.string()),
  reviewsRisks: z.boolean(),
});

export const boardList = z.object({ boards: list(boardShape) });

export const paperParams = meetingParams.extend({ kind: z.enum(PAPER_KINDS) });
export const paperFileParams = meetingParams.extend({ fileId: id });
export const paperBody = z.strictObject({ text: z.string().max(20_000) });
export const paperList = z.object({ papers: list(paperView) });
export const paperFileBody = z.strictObject({
  fileName: text(255).min(1),
  contentBase64: z.base64({ error: 'must be the file encoded as base64' }).max(7_000_000),
});
export const paperFileCreated = z.object({ id: z.number().int(), path: z.string(), sha256: z.string() });

export const created = z.object({ id: z.number().int() });

export const statusResult = z.object({
  action: z.number().int(),
  meeting: z.number().int(),
  from: z.enum(ACTION_STATUSES),
  to: z.enum(ACTION_STATUSES),
});
