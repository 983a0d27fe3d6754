import type { Role } from './roles.js';

/** Who is acting: someone signed in, the public, or the operator at the command line. */
export type Actor =
  | { readonly kind: 'public' }
  | { readonly kind: 'system'; readonly label: string }
  | { readonly kind: 'user'; readonly username: string; readonly role: Role; readonly scope: readonly string[] };

export const PUBLIC_ACTOR: Actor = { kind: 'public' };

/** How the audit trail names an actor. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'public':
      return 'public';
    case 'system':
      return actor.label;
    case 'user':
      return `user:${actor.username}`;
  }
}

/** One permission per kind of use case; each use case checks exactly one. */
export const PERMISSIONS = [
  'organisation.read',
  'organisation.edit',
  'audit.read',
  'users.manage',
  /** Published plans and progress for everyone; drafts and work in progress for signed-in people. */
  'plans.read',
  /** Importing plans and publishing them. */
  'plans.edit',
  /** Drafting and submitting quarterly updates; owners only for milestones their units lead. */
  'milestone-updates.write',
  'milestone-updates.review',
  'milestone-updates.publish',
  /** Evidence files are internal working papers, never public. */
  'evidence.read',
  /** Measures, their values and comparisons: public, like the figures the plans publish. */
  'measures.read',
  /** Loading crime files and observations, and defining measures. */
  'crime-data.import',
  /** Borough local priorities, their evidence packs and scorecards: public, as MOPAC publishes them. */
  'priorities.read',
  /** Agreeing priority sets and editing the eligible categories and the mandatory high-harm set. */
  'priorities.edit',
  /** Ward posts, compliance with the neighbourhood minimum and the deployment table: public. */
  'neighbourhoods.read',
  /** Loading ward posts and abstractions and setting the minimum per ward. */
  'neighbourhoods.edit',
  /** Inspection reports, their judgments and findings, and the force's response: public, as the inspectorate publishes them. */
  'inspections.read',
  /** Loading inspection reports, deciding on findings (closing, returning, re-opening) and planning actions. */
  'inspections.edit',
  /** Recording a finding's progress and submitting its evidence; owners only for findings their units own. */
  'findings.respond',
  /** Published reports (quarterly progress reports, board packs) and every version of each: public. */
  'reports.read',
  /** Previewing a report before it is published, publishing it and publishing a correction. */
  'reports.publish',
  /** Board meetings, their attendees and actions log, and the packs prepared for them: internal until published. */
  'board.read',
  /** Recording board meetings, their attendees and the actions log. */
  'board.edit',
  /** Loading demo data, backups, restores: the server's operator only, never a web role. */
  'system.administer',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const PUBLIC_PERMISSIONS: readonly Permission[] = [
  'organisation.read',
  'plans.read',
  'measures.read',
  'priorities.read',
  'neighbourhoods.read',
  'inspections.read',
  'reports.read',
];
const INTERNAL_READ: readonly Permission[] = [...PUBLIC_PERMISSIONS, 'evidence.read', 'board.read'];
const RUNS_THE_CYCLE: readonly Permission[] = [
  'organisation.edit',
  'plans.edit',
  'milestone-updates.write',
  'milestone-updates.review',
  'milestone-updates.publish',
  'crime-data.import',
  'priorities.edit',
  'neighbourhoods.edit',
  'inspections.edit',
  'findings.respond',
  'reports.publish',
  'board.edit',
];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // The audit trail names every account and its role: it is for those who run the system and the cycle.
  admin: [...INTERNAL_READ, ...RUNS_THE_CYCLE, 'audit.read', 'users.manage'],
  performance: [...INTERNAL_READ, ...RUNS_THE_CYCLE, 'audit.read'],
  owner: [...INTERNAL_READ, 'milestone-updates.write', 'findings.respond'],
  reviewer: [...INTERNAL_READ, 'priorities.edit'],
  viewer: INTERNAL_READ,
};

export type Decision = 'allowed' | 'sign-in-needed' | 'forbidden';

/** The command line runs as the operator of the server, who may do anything. */
export function decide(actor: Actor, permission: Permission): Decision {
  switch (actor.kind) {
    case 'system':
      return 'allowed';
    case 'public':
      return PUBLIC_PERMISSIONS.includes(permission) ? 'allowed' : 'sign-in-needed';
    case 'user':
      return ROLE_PERMISSIONS[actor.role].includes(permission) ? 'allowed' : 'forbidden';
  }
}

/**
 * Which unpublished milestone updates (drafts, submitted, approved, returned) an actor reads, with
 * their evidence: the performance team and the oversight body's reviewers every one, an owner
 * those of milestones their units lead, and a viewer and the public none, only what is published.
 */
export type UnpublishedUpdateReach = 'all' | 'own-units' | 'none';

export function unpublishedUpdateReach(actor: Actor): UnpublishedUpdateReach {
  switch (actor.kind) {
    case 'system':
      return 'all';
    case 'public':
      return 'none';
    case 'user':
      if (actor.role === 'owner') return 'own-units';
      return actor.role === 'viewer' ? 'none' : 'all';
  }
}
