import type { Transaction } from 'kysely';
import { BluelampProblem } from '../../domain/errors.js';
import { FINDING_STATE_LABELS, responseProblem, type ResponseState } from '../../domain/inspections/index.js';
import type { DatabaseSchema } from '../../store/index.js';
import { scopeCoversIn } from '../../domain/accounts/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { findFinding } from './findingAccess.js';
import { checkedEvidence, checkedNote, refused, type OfferedEvidence } from './findingRules.js';
import { writeMove, type FindingMoveResult } from './writeFindingMove.js';

export interface FindingResponseInput {
  readonly inspection: string;
  readonly ref: string;
  readonly state: ResponseState;
  readonly note?: string | undefined;
  /** Links and files; files are checked as an update's evidence files are. */
  readonly evidence?: readonly OfferedEvidence[] | undefined;
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
