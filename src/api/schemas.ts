import { z } from 'zod';

export const isoDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD, for example 2018-05-15' });

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
