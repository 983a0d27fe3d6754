import { z } from 'zod';
import { isoDate } from '../schemas.js';

const WORK_KINDS = [
  'update-to-write',
  'update-returned',
  'update-to-review',
  'finding-to-respond',
  'finding-to-decide',
  'board-action',
  'quarter-to-publish',
] as const;
const WORK_URGENCIES = ['overdue', 'due-today', 'due-soon', 'later', 'no-deadline'] as const;

export const myWorkQuery = z.strictObject({
  on: isoDate.optional().describe('The day to judge deadlines against (default: today).'),
});

export const workItem = z.object({
  kind: z.enum(WORK_KINDS),
  key: z.string(),
  title: z.string(),
  deadline: z.string().nullable(),
  urgency: z.enum(WORK_URGENCIES),
  path: z.string(),
  comment: z.string().nullable(),
});

export const myWork = z.object({ on: z.string(), items: z.array(workItem) });

const workingDays = z.number().int().min(1).max(120);

export const reportingRule = z.strictObject({
  updatesDueAfter: workingDays.describe('Working days after the quarter ends that updates are due'),
  reviewDueAfter: workingDays.describe('Working days after the quarter ends that reviews are due'),
  publishAfter: workingDays.describe('Working days after the quarter ends that the quarter is published'),
});

const quarterDeadlines = z.object({
  quarter: z.string(),
  label: z.string(),
  quarterEnds: z.string(),
  updatesDue: z.string(),
  reviewDue: z.string(),
  publishBy: z.string(),
});

export const reportingCalendar = z.object({
  plan: z.object({ id: z.number().int(), key: z.string(), title: z.string() }),
  rule: z.object({
    updatesDueAfter: z.number().int(),
    reviewDueAfter: z.number().int(),
    publishAfter: z.number().int(),
  }),
  isDefault: z.boolean(),
  reporting: quarterDeadlines.nullable(),
  quarters: z.array(quarterDeadlines),
});
