import type { FindingKind, FindingState } from './inspectionDocument.js';

/**
 * How a force answers a finding. The unit that owns it moves it along (action planned, in
 * progress, evidence submitted); the performance role decides on what was submitted: closes it
 * (only with evidence), returns it for more work, or re-opens a closed one. Every move keeps its
 * note, so the history reads as the liaison lead would tell it.
 */

/** The states the owning unit may move a finding to. */
export const RESPONSE_STATES = ['action-planned', 'in-progress', 'evidence-submitted'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

/** What the performance role may decide. */
export const FINDING_DECISIONS = ['close', 'return', 'reopen'] as const;
export type FindingDecision = (typeof FINDING_DECISIONS)[number];

export const FINDING_STATE_LABELS: Readonly<Record<FindingState, string>> = {
  open: 'Open',
  'action-planned': 'Action planned',
  'in-progress': 'In progress',
  'evidence-submitted': 'Evidence submitted',
  closed: 'Closed',
  reopened: 'Re-opened',
};

/**
 * One piece of evidence as it is held: what it is, and where to find it: a web address, an uploaded
 * file (its id, checked name, type and size), or neither.
 */
export interface EvidenceItem {
  readonly id: number;
  readonly kind: 'link' | 'file';
  readonly title: string;
  readonly url: string | null;
  readonly fileName: string | null;
  readonly mediaType: string | null;
  readonly sizeBytes: number | null;
}

/** An uploaded file that passed the evidence checks, with its digest, ready to keep. */
export interface CheckedEvidenceFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly content: Uint8Array;
}

/** A piece of evidence offered with a move, checked, before it is kept. */
export interface NewEvidenceItem {
  readonly title: string;
  readonly url: string | null;
  readonly file: CheckedEvidenceFile | null;
}

/** Good practice is there to be shared, not answered. */
export function needsResponse(kind: FindingKind): boolean {
  return kind !== 'good-practice';
}

/** Still to be answered: neither closed nor good practice. */
export function isOutstanding(kind: FindingKind, state: FindingState): boolean {
  return needsResponse(kind) && state !== 'closed';
}

const RESPONDABLE: readonly FindingState[] = ['open', 'action-planned', 'in-progress', 'reopened'];

/** Why the owner cannot make this move, or null when they can. */
export function responseProblem(
  kind: FindingKind,
  from: FindingState,
  to: ResponseState,
  evidenceGiven: number,
): string | null {
  if (!needsResponse(kind)) return 'good practice is shared, not answered, so it has no response to record';
  if (!RESPONDABLE.includes(from)) {
    return from === 'closed'
      ? 'the finding is closed; the performance team must re-open it first'
      : 'the evidence is with the performance team, who will close the finding or return it';
  }
  if (from === to) return `the finding is already ${FINDING_STATE_LABELS[to].toLowerCase()}`;
  if (to === 'evidence-submitted' && evidenceGiven === 0) return 'submitting needs at least one piece of evidence';
  return null;
}

/** Where a decision takes the finding, or why it cannot be made. */
export function decisionOutcome(
  kind: FindingKind,
  from: FindingState,
  decision: FindingDecision,
  facts: { readonly evidenceHeld: number; readonly note: string },
): { readonly to: FindingState } | { readonly problem: string } {
  if (!needsResponse(kind)) return { problem: 'good practice is shared, not answered, so it is never closed' };
  switch (decision) {
    case 'close':
      if (from === 'closed') return { problem: 'the finding is already closed' };
      if (facts.evidenceHeld === 0)
        return { problem: 'a finding is closed only on evidence, and none is held or given' };
      return { to: 'closed' };
    case 'return':
      if (from !== 'evidence-submitted') return { problem: 'only submitted evidence can be returned' };
      if (facts.note.trim() === '') return { problem: 'say what more is needed when returning it' };
      return { to: 'in-progress' };
    case 'reopen':
      if (from !== 'closed') return { problem: 'only a closed finding can be re-opened' };
      if (facts.note.trim() === '') return { problem: 'say why it is re-opened' };
      return { to: 'reopened' };
  }
}
