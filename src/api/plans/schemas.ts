import { z } from 'zod';
import { DELIVERER_KINDS, LINK_TYPES, PLAN_KINDS, STATUS_CATEGORIES, UPDATE_STATES } from '../../domain/plans/index.js';
import { periodText } from '../schemas.js';

export const text = (max: number) =>
  z.string().max(max, { error: `must be at most ${max.toLocaleString('en-GB')} characters` });
const ref = z.string().min(1).max(64, { error: 'must be at most 64 characters' });

export const planIdParams = z.strictObject({ planId: z.coerce.number().int().positive() });
export const milestoneParams = planIdParams.extend({ ref });
export const updateParams = milestoneParams.extend({ quarter: periodText(['quarter']) });
export const updateIdParams = z.strictObject({ updateId: z.coerce.number().int().positive() });
export const evidenceIdParams = z.strictObject({ evidenceId: z.coerce.number().int().positive() });
export const quarterParams = planIdParams.extend({ quarter: periodText(['quarter']) });

const statusCategory = z.enum(STATUS_CATEGORIES);
const statusDefinition = z.strictObject({
  code: text(40).min(1),
  label: text(60),
  symbol: text(8),
  meaning: text(300),
  category: statusCategory,
});
const nodeKind = z.strictObject({ key: text(60).min(1), label: text(60).min(1), plural: text(60).min(1) });
const programme = z.strictObject({ code: text(40).min(1), label: text(200).min(1) });
const link = z.strictObject({ type: z.enum(LINK_TYPES), planKey: text(100), nodeRef: ref });

const milestoneDocument = z.strictObject({
  ref,
  title: text(200),
  text: text(4000),
  due: text(100),
  leads: z.array(text(64)).max(10),
  programme: text(40).optional(),
  quantity: text(200).optional(),
  dependsOn: z.array(ref).max(50).optional(),
  links: z.array(link).max(50).optional(),
});

/** Who the plan says delivers a node: the force, the oversight body itself, or a named partner. */
const nodeDeliverer = z.strictObject({ kind: z.enum(DELIVERER_KINDS), name: text(200).optional() });

interface NodeInput {
  ref: string;
  kind: string;
  title: string;
  text?: string | undefined;
  note?: string | undefined;
  deliverer?: z.infer<typeof nodeDeliverer> | undefined;
  children?: NodeInput[] | undefined;
  milestones?: z.infer<typeof milestoneDocument>[] | undefined;
  links?: z.infer<typeof link>[] | undefined;
}

const nodeDocument: z.ZodType<NodeInput> = z
  .lazy(() =>
    z.strictObject({
      ref,
      kind: text(60),
      title: text(300),
      text: text(8000).optional(),
      note: text(500).optional(),
      deliverer: nodeDeliverer.optional(),
      children: z.array(nodeDocument).max(500).optional(),
      milestones: z.array(milestoneDocument).max(500).optional(),
      links: z.array(link).max(50).optional(),
    }),
  )
  .meta({ id: 'PlanDocumentNode' });

/** A plan's own details: the part of a plan document a CSV file cannot hold. */
export const planHeader = z.strictObject({
  key: text(100),
  title: text(300),
  kind: z.enum(PLAN_KINDS),
  owner: text(200),
  firstYear: text(10),
  lastYear: text(10),
  summary: text(4000).optional(),
});

export const planDocument = planHeader.extend({
  nodeKinds: z.array(nodeKind).min(1).max(20),
  statuses: z.array(statusDefinition).min(1).max(20).optional(),
  programmes: z.array(programme).max(50).optional(),
  nodes: z.array(nodeDocument).max(500),
});

export const planSummary = z.object({
  id: z.number().int(),
  key: z.string(),
  version: z.number().int(),
  title: z.string(),
  kind: z.string(),
  owner: z.string(),
  firstYear: z.string(),
  lastYear: z.string(),
  period: z.string(),
  state: z.enum(['draft', 'published', 'superseded']),
  publishedOn: z.string().nullable(),
  reportingQuarter: z.string().nullable(),
});

export const statusView = z.object({
  code: z.string(),
  label: z.string(),
  symbol: z.string(),
  category: statusCategory,
});

const unitLabel = z.object({ code: z.string(), name: z.string() });

export const milestoneSummary = z.object({
  ref: z.string(),
  title: z.string(),
  due: z.string(),
  currentDue: z.string(),
  dueQuarter: z.string().nullable(),
  deadline: z.string().nullable(),
  leads: z.array(unitLabel),
  programme: z.string().nullable(),
  quantity: z.string().nullable(),
  section: z.object({ ref: z.string(), title: z.string() }).nullable(),
  status: statusView.extend({ quarter: z.string() }).nullable(),
  slip: z.object({ quarters: z.number().int(), days: z.number().int() }).nullable(),
  flags: z.array(z.string()),
});

export const progress = z.object({ milestones: z.number().int(), byStatus: z.record(z.string(), z.number().int()) });

export const linkView = z.object({
  type: z.enum(LINK_TYPES),
  planKey: z.string(),
  nodeRef: z.string(),
  target: z.object({ planId: z.number().int(), planTitle: z.string(), nodeTitle: z.string() }).nullable(),
});

export const evidenceView = z.object({
  id: z.number().int(),
  kind: z.enum(['link', 'file']),
  title: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  sha256: z.string().nullable(),
  addedAt: z.string(),
  addedBy: z.string(),
});

export const updateView = z.object({
  id: z.number().int(),
  quarter: z.string(),
  state: z.enum(UPDATE_STATES),
  status: statusView,
  narrative: z.string(),
  figures: z.array(z.string()),
  revisedDue: z.string().nullable(),
  revisionReason: z.string().nullable(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  people: z
    .object({ updatedBy: z.string(), submittedBy: z.string().nullable(), reviewedBy: z.string().nullable() })
    .nullable(),
  publishedAt: z.string().nullable(),
  evidence: z.array(evidenceView),
});

export const statusDefinitions = z.array(statusDefinition);
export const programmes = z.array(programme);
export const nodeKinds = z.array(nodeKind);

export const updateBody = z.strictObject({
  version: z.number().int().min(0),
  statusCode: text(40),
  narrative: text(5000),
  figures: z.array(text(200)).max(20).optional(),
  revisedDue: text(100).optional(),
  revisionReason: text(2000).optional(),
});

export const stateChangeBody = z.strictObject({
  version: z.number().int().min(1),
  comment: text(2000).optional(),
});
