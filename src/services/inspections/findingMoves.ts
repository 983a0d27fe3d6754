import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  decisionOutcome,
  FINDING_STATE_LABELS,
  responseProblem,
  type EvidenceItem,
  type FindingDecision,
  type FindingState,
  type ResponseState,
} from '../../domain/inspections/index.js';
import {
  appendAuditRecords,
  countFindingEvidence,
  recordFindingMove,
  type DatabaseSchema,
  type StoredFinding,
} from '../../store/index.js';
import { scopeCoversIn } from '../accounts/scope.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { checkedEvidence, checkedNote, findFinding } from './findingAccess.js';

export interface FindingMoveResult {
  readonly inspection: string;
  readonly ref: string;
  readonly from: FindingState;
  readonly to: FindingState;
}

interface Move {
  readonly at: string;
  readonly finding: StoredFinding;
  readonly to: FindingState;
  readonly note: string | null;
  readonly evidence: readonly EvidenceItem[];
  readonly reason: string;
}

/** Writes the move, or conflict when someone else moved the finding first. */
async function writeMove(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  move: Move,
): Promise<FindingMoveResult> {
  const { finding } = move;
  const written = await recordFindingMove(trx, {
    findingId: finding.id,
    from: finding.state,
    to: move.to,
    happenedAt: move.at,
    actor: actorLabel(ctx.actor),
    note: move.note,
    evidence: move.evidence,
  });
  if (!written) {
    throw new BluelampProblem(
      'conflict',
      `Finding ${finding.ref} changed while you were working; reload it and try again.`,
    );
  }
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'update',
      entityType: 'finding',
      entityId: `${finding.inspectionKey} ${finding.ref}`,
      before: { state: finding.state },
      after: { state: move.to, note: move.note, evidence: move.evidence },
      reason: move.reason,
    }),
  ]);
  return { inspection: finding.inspectionKey, ref: finding.ref, from: finding.state, to: move.to };
}

/** The field a refusal is about, so a form can point at it: the evidence, the note, or the move itself. */
function fieldOf(problem: string, move: 'state' | 'decision'): string {
  if (/evidence/.test(problem) && !/evidence is with|submitted evidence/.test(problem)) return 'evidence';
  if (problem.startsWith('say ')) return 'note';
  return move;
}

function refused(ref: string, problem: string, move: 'state' | 'decision'): BluelampProblem {
  return new BluelampProblem('invalid-input', `Finding ${ref} was not changed: ${problem}.`, fieldOf(problem, move));
}

export interface FindingResponseInput {
  readonly inspection: string;
  readonly ref: string;
  readonly state: ResponseState;
  readonly note?: string | undefined;
  readonly evidence?: readonly { title: string; url?: string | null | undefined }[] | undefined;
}

/**
 * The owning unit records its progress: action planned, in progress, or evidence submitted (which
 * needs evidence). Owners may answer only for findings their units own.
 */
export async function respondToFinding(ctx: ServiceContext, input: FindingResponseInput): Promise<FindingMoveResult> {
  authorise(ctx, 'findings.respond');
  // SQLite has one connection: the organisation is read before the transaction opens.
  const model = await loadOrganisationModel(ctx);
  const at = new Date().toISOString();
  return ctx.store.db.transaction().execute((trx) => writeResponse(ctx, trx, { ...input, model }, at));
}

/** The response inside a caller's transaction, as of a moment. */
export async function writeResponse(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: FindingResponseInput & { readonly model: OrganisationModel },
  at: string,
): Promise<FindingMoveResult> {
  const note = checkedNote(input.note);
  const evidence = checkedEvidence(input.evidence);
  const { finding } = await findFinding(trx, input);
  if (ctx.actor.kind === 'user' && ctx.actor.role === 'owner') {
    const owner = finding.owner;
    if (owner === null || !scopeCoversIn(input.model, ctx.actor, owner, at.slice(0, 10))) {
      const who = owner ?? 'no unit yet';
      throw new BluelampProblem(
        'forbidden',
        `Finding ${finding.ref} is owned by ${who}, which your scope does not cover.`,
      );
    }
  }
  const problem = responseProblem(finding.kind, finding.state, input.state, evidence.length);
  if (problem !== null) throw refused(finding.ref, problem, 'state');
  const reason = `Response recorded: ${FINDING_STATE_LABELS[input.state].toLowerCase()}`;
  return writeMove(ctx, trx, { at, finding, to: input.state, note, evidence, reason });
}

export interface FindingDecisionInput {
  readonly inspection: string;
  readonly ref: string;
  readonly decision: FindingDecision;
  readonly note?: string | undefined;
  readonly evidence?: readonly { title: string; url?: string | null | undefined }[] | undefined;
}

/** The performance role closes a finding on its evidence, returns submitted evidence, or re-opens a closed finding. */
export async function decideFinding(ctx: ServiceContext, input: FindingDecisionInput): Promise<FindingMoveResult> {
  authorise(ctx, 'inspections.edit');
  const at = new Date().toISOString();
  return ctx.store.db.transaction().execute((trx) => writeDecision(ctx, trx, input, at));
}

/** The decision inside a caller's transaction, as of a moment. */
export async function writeDecision(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: FindingDecisionInput,
  at: string,
): Promise<FindingMoveResult> {
  const note = checkedNote(input.note);
  const evidence = checkedEvidence(input.evidence);
  const { finding } = await findFinding(trx, input);
  const evidenceHeld = (await countFindingEvidence(trx, finding.id)) + evidence.length;
  const outcome = decisionOutcome(finding.kind, finding.state, input.decision, { evidenceHeld, note: note ?? '' });
  if ('problem' in outcome) throw refused(finding.ref, outcome.problem, 'decision');
  const reason = { close: 'Finding closed', return: 'Evidence returned', reopen: 'Finding re-opened' }[input.decision];
  return writeMove(ctx, trx, { at, finding, to: outcome.to, note, evidence, reason });
}
