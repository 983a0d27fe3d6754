import type { Transaction } from 'kysely';
import { decisionOutcome, type FindingDecision } from '../../domain/inspections/index.js';
import { countFindingEvidence, type DatabaseSchema } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findFinding } from './findingAccess.js';
import { checkedEvidence, checkedNote, refused } from './findingRules.js';
import { writeMove, type FindingMoveResult } from './writeFindingMove.js';

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
