import type { Transaction } from 'kysely';
import { decisionOutcome, type FindingDecision } from '../../domain/inspections/index.js';
import { countFindingEvidence, type DatabaseSchema } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findFinding } from './findingAccess.js';
import { checkedEvidence, checkedNote, refused, type OfferedEvidence } from './findingRules.js';
import { staleFinding, writeMove, type FindingMoveResult } from './writeFindingMove.js';

export interface FindingDecisionInput {
  readonly inspection: string;
  readonly ref: string;
  readonly decision: FindingDecision;
  readonly note?: string | undefined;
  /** Links and files; files are checked as an update's evidence files are. */
  readonly evidence?: readonly OfferedEvidence[] | undefined;
  /** The finding's version the decider saw (its number of moves); a decision on anything older is a conflict. */
  readonly version: number;
}

/** The performance role closes a finding on its evidence, returns submitted evidence, or re-opens a closed finding. */
export async function decideFinding(ctx: ServiceContext, input: FindingDecisionInput): Promise<FindingMoveResult> {
  authorise(ctx, 'inspections.edit');
  const at = new Date().toISOString();
  return ctx.store.db.transaction().execute((trx) => writeDecision(ctx, trx, input, at));
}

/**
 * The decision inside a caller's transaction, as of a moment. Without a version it applies to the
 * finding as it stands, which only a loader writing a whole history in one transaction may rely on.
 */
export async function writeDecision(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: Omit<FindingDecisionInput, 'version'> & { readonly version?: number | undefined },
  at: string,
): Promise<FindingMoveResult> {
  const note = checkedNote(input.note);
  const evidence = checkedEvidence(input.evidence);
  const { finding } = await findFinding(trx, input);
  if (input.version !== undefined && input.version !== finding.version) throw staleFinding(finding.ref, finding);
  const evidenceHeld = (await countFindingEvidence(trx, finding.id)) + evidence.length;
  const outcome = decisionOutcome(finding.kind, finding.state, input.decision, { evidenceHeld, note: note ?? '' });
  if ('problem' in outcome) throw refused(finding.ref, outcome.problem, 'decision');
  const reason = { close: 'Finding closed', return: 'Evidence returned', reopen: 'Finding re-opened' }[input.decision];
  return writeMove(ctx, trx, { at, finding, to: outcome.to, note, evidence, reason, seenVersion: input.version });
}
