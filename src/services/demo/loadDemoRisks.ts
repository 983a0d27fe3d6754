import type { Transaction } from 'kysely';
import { DEMO_RISK_REVIEWS, DEMO_RISKS } from '../../../demo/risks.js';
import { deleteAllRisks, listMeetingsOfBoard, type DatabaseSchema } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { writeNewRisk } from '../risks/addRisk.js';
import { writeRiskReview } from '../risks/reviewRisk.js';

const AUDIT_PANEL = 'audit-panel';

/**
 * The demo risk register, then its reviews at the Audit Panel's meetings, found by board key
 * as they stand now (none recorded, no reviews). Empties the register first: a demo reset
 * removes everything else before this runs.
 */
export async function loadDemoRisks(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
): Promise<{ risks: number; riskReviews: number }> {
  await deleteAllRisks(trx);
  const created = '2018-09-01T09:00:00.000Z';
  for (const risk of DEMO_RISKS) await writeNewRisk(ctx, trx, risk, created);
  const meetings = await listMeetingsOfBoard(trx, AUDIT_PANEL);
  const versions = new Map(DEMO_RISKS.map((risk) => [risk.ref, 1]));
  let reviews = 0;
  for (const review of DEMO_RISK_REVIEWS) {
    const meeting = meetings[review.meeting];
    if (meeting === undefined) continue;
    const expectedVersion = versions.get(review.ref) ?? 1;
    const at = `${meeting.heldOn}T12:00:00.000Z`;
    const input = { ...review, meeting: meeting.id, expectedVersion };
    const { version } = await writeRiskReview(ctx, trx, input, at);
    versions.set(review.ref, version);
    reviews += 1;
  }
  return { risks: DEMO_RISKS.length, riskReviews: reviews };
}
