/**
 * A plan as one nested document: the form the demo data is written in, the form plan imports
 * are read into and exports are written from, and what a published version freezes. Everything
 * in it is named by refs the author chooses ("3.2", "S1", "PS4", "BP18-05"), never by database ids.
 */

/** What kind of plan it is; each kind reads the same way everywhere, nothing else depends on it. */
export const PLAN_KINDS = ['police-and-crime-plan', 'business-plan', 'delivery-plan', 'action-plan', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** A node kind a plan uses, in the plan's own words ("Strategic outcome", "Corporate objective"). */
export interface NodeKindDefinition {
  readonly key: string;
  readonly label: string;
  readonly plural: string;
}

/**
 * What a status means for the questions the tracker answers: delivered and withdrawn close a
 * milestone; delayed ones carry forward with their slip; the rest are open.
 */
export const STATUS_CATEGORIES = ['delivered', 'on-track', 'delayed', 'not-started', 'withdrawn'] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

export interface StatusDefinition {
  readonly code: string;
  readonly label: string;
  /** Shown beside the label, never instead of it (a symbol alone is not accessible). */
  readonly symbol: string;
  /** One sentence for the legend. */
  readonly meaning: string;
  readonly category: StatusCategory;
}

export interface ProgrammeDefinition {
  readonly code: string;
  readonly label: string;
}

export const LINK_TYPES = ['delivers', 'contributes-to'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** A link from a node or milestone of this plan to a node of another plan, by that plan's key and the node's ref. */
export interface PlanLinkDocument {
  readonly type: LinkType;
  readonly planKey: string;
  readonly nodeRef: string;
}

export interface MilestoneDocument {
  /** Unique within the plan and stable across its versions ("BP18-05"). */
  readonly ref: string;
  /** A few words for lists and tables. */
  readonly title: string;
  /** The milestone as the plan states it. */
  readonly text: string;
  /** The due spec as the plan prints it ("Quarter 2, 2018-19", "By Quarter 4, 2018-19"). */
  readonly due: string;
  /** Organisational unit codes of the leads, one or more. */
  readonly leads: readonly string[];
  /** Code of one of the plan's programmes. */
  readonly programme?: string | undefined;
  /** A countable target stated in the milestone ("90% of officers", "10 bikes per BCU"). */
  readonly quantity?: string | undefined;
  /** Refs of milestones in the same plan that must be done first. */
  readonly dependsOn?: readonly string[] | undefined;
  readonly links?: readonly PlanLinkDocument[] | undefined;
}

/**
 * Who delivers a commitment, as the plan says: the force it holds to account, the oversight body
 * itself ("MOPAC will appoint a Victims' Commissioner"), or a named partner (TfL, the NHS).
 */
export const DELIVERER_KINDS = ['force', 'oversight-body', 'partner'] as const;
export type DelivererKind = (typeof DELIVERER_KINDS)[number];

export interface NodeDeliverer {
  readonly kind: DelivererKind;
  /** Who, in words ("MOPAC", "Transport for London"); required for a partner. */
  readonly name?: string | undefined;
}

export interface PlanNodeDocument {
  /** Unique within the plan and stable across its versions ("3.2", "S1", "PS4"). */
  readonly ref: string;
  /** One of the plan's node kinds. */
  readonly kind: string;
  readonly title: string;
  /** Body text: a statement, an aim, a commitment in full. */
  readonly text?: string | undefined;
  /** An author's note shown with the node, such as "To be developed". */
  readonly note?: string | undefined;
  /** Who the plan says delivers this node; absent when the plan does not say. */
  readonly deliverer?: NodeDeliverer | undefined;
  readonly children?: readonly PlanNodeDocument[] | undefined;
  readonly milestones?: readonly MilestoneDocument[] | undefined;
  readonly links?: readonly PlanLinkDocument[] | undefined;
}

export interface PlanDocument {
  /** Identifies the plan across versions ("met-business-plan-2018-19"). */
  readonly key: string;
  readonly title: string;
  readonly kind: PlanKind;
  /** The organisation that owns the plan: the force, or the oversight body that sets it. */
  readonly owner: string;
  /** First and last financial year the plan covers ("2017-18" … "2020-21"). */
  readonly firstYear: string;
  readonly lastYear: string;
  readonly summary?: string | undefined;
  readonly nodeKinds: readonly NodeKindDefinition[];
  /** The plan's status scale; the default scale when absent. */
  readonly statuses?: readonly StatusDefinition[] | undefined;
  readonly programmes?: readonly ProgrammeDefinition[] | undefined;
  readonly nodes: readonly PlanNodeDocument[];
}

/** A quarterly update as the demo and imports state it: one milestone, one reporting quarter. */
export interface MilestoneUpdateDocument {
  readonly planKey: string;
  readonly milestoneRef: string;
  /** The reporting quarter as a period code ("2018-19 Q1"). */
  readonly quarter: string;
  readonly status: string;
  readonly narrative: string;
  /** Figures quoted in the update, one per entry ("1,975 chats handled"). */
  readonly figures?: readonly string[] | undefined;
  readonly revisedDue?: string | undefined;
  readonly revisionReason?: string | undefined;
  readonly evidenceLinks?: readonly { readonly title: string; readonly url: string }[] | undefined;
}
