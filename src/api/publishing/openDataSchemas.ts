import { z } from 'zod';

/** The shape of every public page (OpenDataView), for the OpenAPI document. */
const link = z.object({ path: z.string(), label: z.string(), description: z.string().optional() });
const value = z.union([z.string(), z.number(), z.null()]);

export const openDataViewShape = z.object({
  path: z.string().describe('The page: /public/…'),
  title: z.string(),
  lead: z.string(),
  highlights: z.array(z.string()),
  warnings: z.array(z.string()),
  notes: z.array(z.string()),
  trail: z.array(link),
  links: z.array(link),
  tables: z.array(
    z.object({
      name: z.string().describe('Download this table with ?format=csv&table=<name>'),
      caption: z.string(),
      columns: z.array(
        z.object({ key: z.string(), label: z.string(), numeric: z.boolean().optional(), long: z.boolean().optional() }),
      ),
      rows: z.array(z.record(z.string(), value)),
      rowLinks: z.array(z.record(z.string(), z.string())).optional(),
    }),
  ),
  chart: z
    .object({
      title: z.string(),
      description: z.string(),
      table: z.string(),
      categoryColumn: z.string(),
      seriesColumns: z.array(z.string()),
      unit: z.string(),
    })
    .nullable(),
  svg: z.object({ title: z.string(), caption: z.string(), markup: z.string(), table: z.string() }).nullable(),
});

const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' });

/** ?format=csv&table=<name> for one table as CSV; ?download=json for the page as a JSON file; nothing for the JSON itself. */
export const openDataQuery = z
  .strictObject({
    format: z.enum(['json', 'csv']).optional().describe('csv: one table (name it with table) as a CSV download'),
    table: slug.optional().describe('The table to download as CSV'),
    download: z.enum(['json']).optional().describe('json: the page as a JSON file, with a file name'),
  })
  .superRefine((query, context) => {
    if (query.format === 'csv' && query.table === undefined) {
      context.addIssue({ code: 'custom', path: ['table'], message: 'must name the table to download as CSV' });
    }
  });

export const openDataParams = {
  slug,
  plan: slug.describe('A plan key, such as met-business-plan-2018-19'),
  quarter: z
    .string()
    .regex(/^\d{4}-\d{2}-Q[1-4]$/, { error: 'must be a quarter written 2018-19-Q1' })
    .describe('A quarter written 2018-19-Q1'),
  year: z.string().regex(/^\d{4}-\d{2}$/, { error: 'must be a financial year such as 2018-19' }),
};
