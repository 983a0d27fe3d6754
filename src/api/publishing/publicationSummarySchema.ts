import { z } from 'zod';

const plan = z.object({ key: z.string(), title: z.string(), version: z.number().int() });

/** What a report or board pack would make public, answered before it is published. */
export const publicationSummarySchema = z.object({
  reportKey: z.string(),
  title: z.string(),
  period: z.string(),
  quarter: z.string(),
  plans: z.array(plan).readonly(),
  publication: z.object({
    nextVersion: z.number().int(),
    corrects: z.object({ version: z.number().int(), publishedAt: z.string(), note: z.string().nullable() }).nullable(),
  }),
  counts: z
    .array(
      z.object({
        plan,
        due: z.number().int(),
        carriedForward: z.number().int(),
        deliveredEarly: z.number().int(),
        total: z.number().int(),
        statuses: z
          .array(z.object({ code: z.string(), label: z.string(), symbol: z.string(), count: z.number().int() }))
          .readonly(),
      }),
    )
    .readonly(),
  withoutFigures: z.array(z.object({ measure: z.string(), sentence: z.string() })).readonly(),
  refusal: z.string().nullable(),
});

/** The version a publish request expects to create: a repeat of a request that succeeded is refused with 409. */
export const expectedVersion = z
  .number()
  .int()
  .positive()
  .max(1_000_000)
  .optional()
  .describe(
    "The version this request publishes (the summary's nextVersion); once it exists, the same request is refused with 409",
  );
