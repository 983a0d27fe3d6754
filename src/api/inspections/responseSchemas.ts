import { z } from 'zod';
import {
  FINDING_DECISIONS,
  FINDING_KINDS,
  FINDING_STATES,
  GRADES,
  READINESS_VERDICTS,
  RESPONSE_STATES,
} from '../../domain/inspections/index.js';
import { milestoneSummary, text } from '../plans/schemas.js';
import { findingFigures, linkedMeasure } from './figureSchemas.js';

/** What the finding, readiness and comparison routes accept and answer. */

export const inspectionKey = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/, { error: 'must be an inspection key such as peel-2018-19-met, or its id' });
const findingRef = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9.\-_/]{0,39}$/, { error: 'must be a finding reference such as PVP-REC-1' });

export const findingEvidenceParams = z.strictObject({ evidenceId: z.coerce.number().int().positive() });
export const findingParams = z.strictObject({ inspection: inspectionKey, ref: findingRef });
export const linkParams = findingParams.extend({
  planKey: text(100).min(1),
  milestoneRef: text(64).min(1),
});

/**
 * A piece of evidence: a title with a web address, or with a file as the browser sends it (its
 * name and base64 content). A file's type is judged by its content, as an update's evidence files are.
 */
const evidenceOffered = z
  .strictObject({
    title: text(300).min(1, { error: 'must say what the evidence is' }),
    url: z
      .url({ protocol: /^https?$/, error: 'must be a web address starting http:// or https://' })
      .max(2000)
      .nullish(),
    fileName: text(255).min(1, { error: 'must give the file its name' }).optional(),
    contentBase64: z
      .base64({ error: 'must be the file encoded as base64' })
      .max(7_000_000, { error: 'must be a file of at most 5 MB' })
      .optional(),
  })
  .superRefine((item, check) => {
    const file = item.fileName !== undefined || item.contentBase64 !== undefined;
    if (file && (item.fileName === undefined || item.contentBase64 === undefined)) {
      const missing = item.fileName === undefined ? 'fileName' : 'contentBase64';
      check.addIssue({ code: 'custom', path: [missing], message: 'must be given with the file' });
    }
    if (file && item.url != null) {
      check.addIssue({ code: 'custom', path: ['url'], message: 'must be left out when the evidence is a file' });
    }
  });

const evidence = z
  .array(evidenceOffered)
  .max(20)
  .describe(
    'Links (title and url) and files (title, fileName and contentBase64: PDF, image, Office document, CSV or text; at most 5 MB each and 10 files or 25 MB in all)',
  );

/** Room in a move's body for its most files, as base64, with the rest of the form. */
export const MOVE_BODY_LIMIT = 36 * 1024 * 1024;

/** The service takes a file's bytes; the body carries them as base64. */
export function offeredEvidence(items: z.infer<typeof evidence> | undefined) {
  return items?.map(({ title, url, fileName, contentBase64 }) =>
    fileName !== undefined && contentBase64 !== undefined
      ? { title, fileName, content: Buffer.from(contentBase64, 'base64') }
      : { title, url },
  );
}

export const responseBody = z.strictObject({
  state: z.enum(RESPONSE_STATES),
  note: text(4000).optional(),
  evidence: evidence.optional(),
});

export const decisionBody = z.strictObject({
  decision: z.enum(FINDING_DECISIONS),
  version: z
    .number()
    .int()
    .min(0)
    .describe('The finding version the decision was made on; a decision on an older one is refused (409)'),
  note: text(4000).optional(),
  evidence: evidence.optional(),
});

export const actionBody = z.strictObject({
  title: text(200).min(1),
  text: text(4000).min(1),
  due: text(60).min(1).describe('When the action is due, as plans write it: "By Quarter 3, 2019-20", "31 March 2020"'),
  leads: z.array(text(40).min(1)).min(1).max(10).describe('Codes of the units that lead it'),
});

export const linkBody = z.strictObject({
  planKey: text(100).min(1),
  milestoneRef: text(64).min(1),
});

export const onQuery = z.strictObject({
  on: z.iso
    .date({ error: 'must be a real date written YYYY-MM-DD' })
    .optional()
    .describe('The day to judge on (default today)'),
});

/** Response lists are read-only, as the services return them. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/** When the report says a recommendation is due. */
export const dueRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('immediate') }),
  z.object({ kind: z.literal('within-months'), months: z.number() }),
  z.object({ kind: z.literal('by-date'), date: z.string() }),
  z.object({ kind: z.literal('none') }),
]);

/** A finding as it is stored, which the tracker lists with whether it is overdue. */
export const storedFinding = z.object({
  id: z.number(),
  inspectionKey: z.string(),
  ref: z.string(),
  kind: z.enum(FINDING_KINDS),
  component: z.string(),
  parentRef: z.string().nullable(),
  text: z.string(),
  parts: z.array(z.string()),
  dueRule: dueRule.nullable(),
  dueOn: z.string().nullable(),
  owner: z.string().nullable(),
  raisedIn: z.string().nullable(),
  priorStatus: z.string().nullable(),
  state: z.enum(FINDING_STATES),
  version: z.number().describe('How many moves the finding has made; a decision sends the version it was made on'),
  overdue: z.boolean(),
});

const findingSummary = storedFinding.extend({ kindLabel: z.string(), stateLabel: z.string() });

const linkedMilestone = z.object({
  findingId: z.number(),
  relation: z.enum(['action', 'addresses']),
  planKey: z.string(),
  planId: z.number().nullable(),
  planTitle: z.string().nullable(),
  milestoneRef: z.string(),
  milestone: milestoneSummary.nullable(),
  overdue: z.boolean(),
  closed: z.boolean(),
});

const evidenceItem = z.object({
  id: z.number(),
  kind: z.enum(['link', 'file']),
  title: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  download: z.string().nullable().describe("A file's download address, for signed-in people; null for a link"),
});

export const findingPage = z.object({
  on: z.string(),
  inspection: z.object({ id: z.number(), key: z.string(), title: z.string(), publishedOn: z.string() }),
  finding: findingSummary,
  component: z.object({ key: z.string(), name: z.string(), gradeLabel: z.string(), pillar: z.string().nullable() }),
  owner: z.object({ code: z.string(), name: z.string() }).nullable(),
  causeOfConcern: findingSummary.nullable(),
  recommendations: list(findingSummary),
  history: list(
    z.object({
      happenedAt: z.string(),
      actor: z.string(),
      from: z.enum(FINDING_STATES),
      to: z.enum(FINDING_STATES),
      fromLabel: z.string(),
      toLabel: z.string(),
      note: z.string().nullable(),
      evidence: list(evidenceItem),
    }),
  ),
  evidence: list(evidenceItem.extend({ addedAt: z.string(), addedBy: z.string() })),
  actions: list(linkedMilestone),
  addressedBy: list(linkedMilestone),
  measures: list(linkedMeasure),
  publicResponse: z
    .object({ summary: z.string(), publishedOn: z.string() })
    .nullable()
    .describe("The public summary of the force's response and the day it was published; null until then"),
});

export const publicResponseBody = z.strictObject({
  summary: text(4000).min(1, { error: 'write the summary the public will read' }),
  publishedOn: z.iso
    .date({ error: 'must be a real date written YYYY-MM-DD' })
    .optional()
    .describe('The day it is published (default today)'),
});

export const publishedResponse = z.object({
  inspection: z.string(),
  ref: z.string(),
  summary: z.string(),
  publishedOn: z.string(),
});

export const moveResult = z.object({
  inspection: z.string(),
  ref: z.string(),
  from: z.enum(FINDING_STATES),
  to: z.enum(FINDING_STATES),
});

export const actionResult = z.object({
  planKey: z.string(),
  planId: z.number(),
  version: z.number(),
  milestoneRef: z.string(),
  findingState: z.string(),
});

export const linkResult = z.object({
  inspection: z.string(),
  ref: z.string(),
  planKey: z.string(),
  milestoneRef: z.string(),
});

export const readiness = z.object({
  on: z.string(),
  inspection: z.object({ key: z.string(), title: z.string(), publishedOn: z.string() }),
  verdict: z.enum(READINESS_VERDICTS),
  verdictLabel: z.string(),
  components: list(
    z.object({
      key: z.string(),
      name: z.string(),
      pillar: z.string(),
      gradeLabel: z.string(),
      verdict: z.enum(READINESS_VERDICTS),
      verdictLabel: z.string(),
      reasons: list(z.string()),
      outstanding: z.number(),
      awaitingDecision: z.number(),
      overdueFindings: z.number(),
      overdueActions: z.number(),
      withoutAction: z.number(),
      findings: list(findingSummary),
      lateActions: list(linkedMilestone.extend({ findingRef: z.string() })),
      findingFigures: list(findingFigures),
    }),
  ),
});

export const comparison = z.object({
  inspection: z.object({ key: z.string(), title: z.string(), programmeYear: z.string() }),
  forces: list(
    z.object({
      force: z.string(),
      name: z.string(),
      subject: z.boolean(),
      carriedForward: z.boolean(),
      source: z.enum(['this-report', 'own-report', 'report-figure', 'none']),
      inspectionKey: z.string().nullable(),
      /** A group force's pillar grades as this report's comparison figure gives them. */
      pillarGrades: z.record(z.string(), z.enum(GRADES)).optional(),
    }),
  ),
  judgments: list(
    z.object({
      key: z.string(),
      name: z.string(),
      level: z.enum(['pillar', 'component']),
      grades: list(
        z.object({ force: z.string(), grade: z.enum(GRADES).nullable(), gradeLabel: z.string().nullable() }),
      ),
    }),
  ),
  forcesWithoutGrades: z.number(),
});
