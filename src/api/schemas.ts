import { z } from 'zod';
import { describePeriodKinds, parsePeriod, type PeriodKind } from '../domain/calendar/index.js';

export const isoDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD, for example 2018-05-15' });

/**
 * A period as every command and route reads it (parsePeriod), passed on as sent: a 400 says
 * what the command line says, "query.period must be a quarter such as 2018-19 Q1, …".
 */
export function periodText(accept: readonly PeriodKind[]) {
  const kinds = describePeriodKinds(accept);
  return z
    .string()
    .max(40, { error: 'must be at most 40 characters' })
    .superRefine((text, ctx) => {
      const reading = parsePeriod(text, { accept });
      if (!reading.ok) ctx.addIssue({ code: 'custom', message: reading.problem.message });
    })
    .describe(`${kinds.charAt(0).toUpperCase()}${kinds.slice(1)}`);
}

export const dateQuery = z.strictObject({
  on: isoDate.optional().describe('Describe the organisation as it was on this day (default: today).'),
});

export const errorBody = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    field: z.string().optional(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).optional(),
  }),
});

export type ErrorBody = z.infer<typeof errorBody>;
