import { z } from 'zod';
import { ABSTRACTION_REASONS } from '../../domain/neighbourhoods/index.js';
import { isoDate } from '../schemas.js';

export const areaRef = z.object({ code: z.string(), name: z.string() });
const figures = z.object({ establishment: z.number().int(), actual: z.number().int() });
const minimumValues = z.object({ dwo: z.number().int(), pcso: z.number().int() });

export const rollUp = z.object({
  wards: z.number().int(),
  met: z.number().int(),
  short: z.number().int(),
  noFigures: z.number().int(),
  shortfall: minimumValues,
  dwo: figures,
  pcso: figures,
});

export const minimumInForce = minimumValues.extend({ isDefault: z.boolean() });

export const minimumSetting = minimumInForce.extend({
  setAt: z.string().nullable(),
  setBy: z.string().nullable(),
  reason: z.string().nullable(),
});

export const complianceResponse = z.object({
  on: z.string(),
  asAt: z.array(z.string()),
  minimum: minimumInForce,
  synthetic: z.boolean(),
  borough: areaRef.nullable(),
  london: rollUp,
  bcus: z.array(areaRef.extend(rollUp.shape).extend({ boroughs: z.array(areaRef) })),
  outsideBcus: rollUp.extend({ boroughs: z.array(areaRef) }).nullable(),
  boroughs: z.array(areaRef.extend(rollUp.shape).extend({ bcu: areaRef.nullable() })),
});

export const ward = z.object({
  code: z.string(),
  name: z.string(),
  gssCode: z.string().nullable(),
  borough: areaRef,
  bcu: areaRef.nullable(),
  asAt: z.string().nullable(),
  status: z.enum(['met', 'short', 'no-figures']),
  dwo: figures.nullable(),
  pcso: figures.nullable(),
  shortfall: minimumValues,
  synthetic: z.boolean(),
  complianceText: z.string(),
});

export const boroughWardsResponse = z.object({
  on: z.string(),
  asAt: z.array(z.string()),
  borough: areaRef.extend({ bcu: areaRef.nullable() }),
  minimum: minimumInForce,
  synthetic: z.boolean(),
  total: rollUp,
  wards: z.array(ward),
  table: z.object({ headers: z.array(z.string()), rows: z.array(z.array(z.string())) }),
});

const reasonHours = z.object(Object.fromEntries(ABSTRACTION_REASONS.map((r) => [r, z.number()])));
const abstractionSummary = z.object({
  records: z.number().int(),
  hours: z.number(),
  byRole: z.object({ dwo: z.number(), pcso: z.number() }),
  byReason: reasonHours,
});
const areaAbstractions = areaRef.extend(abstractionSummary.shape);

export const abstractionResponse = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  reasons: z.array(z.object({ code: z.enum(ABSTRACTION_REASONS), label: z.string() })),
  synthetic: z.boolean(),
  borough: areaRef.nullable(),
  london: abstractionSummary,
  bcus: z.array(areaAbstractions),
  outsideBcus: abstractionSummary.extend({ boroughs: z.array(areaRef) }).nullable(),
  boroughs: z.array(areaAbstractions),
  wards: z.array(areaAbstractions),
});

const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max, { error: `must be at most ${max} characters` });

export const boroughText = text(100).describe('A borough code (camden) or name (Camden)');

export const dayQuery = z.strictObject({
  on: isoDate.optional().describe('Judge the posts in force on this day (default: today)'),
  borough: boroughText.optional(),
});

export const uploadBody = z.strictObject({
  fileName: text(255),
  contentBase64: z.base64({ error: 'must be the file encoded as base64' }).max(14_000_000),
});

export const wardFileCheck = z.object({
  fileName: z.string(),
  rows: z.number().int().describe('Rows of the file that would load (0 when it has problems)'),
  problems: z.array(
    z.object({
      file: z.string(),
      row: z.number().int().nullable(),
      column: z.string().nullable(),
      problem: z.string(),
    }),
  ),
});

export const wardText = text(100).describe('A ward code (camden-ward-1) or ONS code (E05013652)');

export const wardProfileResponse = z.object({
  on: z.string(),
  minimum: minimumInForce,
  ward,
  crime: z
    .object({
      months: z.array(z.object({ month: z.string(), count: z.number().int() })),
      total: z.number().int(),
      source: z.object({
        name: z.string(),
        label: z.string(),
        asAt: z.string().nullable().describe('The day the newest file of the counts was loaded (YYYY-MM-DD)'),
        files: z.array(
          z.object({
            fileName: z.string(),
            source: z.string(),
            firstMonth: z.string(),
            lastMonth: z.string(),
            loadedAt: z.string(),
          }),
        ),
      }),
      synthetic: z.boolean(),
    })
    .nullable()
    .describe('The latest months of recorded crime from ward-level files; null where none is loaded for the ward'),
});
