import { z } from 'zod';
import { describePeriodKinds, parsePeriod, type PeriodKind } from '../domain/calendar/index.js';
import { PROBLEM_KINDS, problemType, type ProblemName } from './errors.js';

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

/**
 * Every failure, as an RFC 9457 problem details object (sent as application/problem+json). The
 * type names the kind of problem and the title is that kind's; detail is the sentence to show.
 */
export const errorBody = z.object({
  type: z
    .string()
    .describe(
      `The kind of problem, for a client to branch on: ${(Object.keys(PROBLEM_KINDS) as ProblemName[])
        .map((name) => `${problemType(name)} (${PROBLEM_KINDS[name].status})`)
        .join(', ')}; or about:blank, titled with the status's phrase, for any other status.`,
    ),
  title: z.string().describe("The kind's fixed short title."),
  status: z.number().int().describe('The HTTP status, repeated.'),
  detail: z.string().describe('What went wrong this time, in a sentence a person can act on.'),
  instance: z.string().describe('The request path the problem arose on.'),
  field: z
    .string()
    .optional()
    .describe('The input field at fault, as part.name (body.due, query.on), when there is one.'),
  details: z
    .record(z.string(), z.union([z.string(), z.number(), z.null()]))
    .optional()
    .describe(
      'What a client needs to recover, such as currentVersion after a conflicting write, or retryAfterSeconds.',
    ),
});

export type ErrorBody = z.infer<typeof errorBody>;
