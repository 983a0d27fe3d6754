import type { Actor } from '../../src/domain/accounts/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { approveMilestoneUpdate } from '../../src/services/plans/approveMilestoneUpdate.js';
import { listPlans } from '../../src/services/plans/listPlans.js';
import { publishQuarter } from '../../src/services/plans/publishQuarter.js';
import { saveMilestoneUpdate } from '../../src/services/plans/saveMilestoneUpdate.js';
import { submitMilestoneUpdate } from '../../src/services/plans/submitMilestoneUpdate.js';

const HR_OWNER: Actor = { kind: 'user', username: 'owner', role: 'owner', scope: ['HR'] };
const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };

/** What the demo's slipped milestone says once `publishSlipInQuarter2` has run. */
export const QUARTER_2_SLIP = {
  ref: 'BP18-61',
  reason: 'The supplier contract was signed late.',
  slip: 'was due Quarter 2, 2018-19; now due Quarter 4, 2018-19 (2 quarters later). Reason: The supplier contract was signed late.',
} as const;

/**
 * Publishes Quarter 2 of the demo's business plan with one update, through the update workflow:
 * BP18-61 (the Career Development Service, led by HR, due in Quarter 2) moved to Quarter 4.
 */
export async function publishSlipInQuarter2(ctx: ServiceContext): Promise<void> {
  const planId = (await listPlans(ctx)).plans.find((p) => p.key === 'met-business-plan-2018-19')?.id ?? -1;
  const owner = { ...ctx, actor: HR_OWNER };
  const draft = await saveMilestoneUpdate(owner, {
    planId,
    ref: QUARTER_2_SLIP.ref,
    quarter: '2018-19 Q2',
    version: 0,
    statusCode: 'some-delay',
    narrative: 'Roll-out to police staff now starts in January.',
    revisedDue: 'Quarter 4, 2018-19',
    revisionReason: QUARTER_2_SLIP.reason,
  });
  const submitted = await submitMilestoneUpdate(owner, { updateId: draft.id, version: draft.version });
  const performance = { ...ctx, actor: PERFORMANCE };
  await approveMilestoneUpdate(performance, { updateId: draft.id, version: submitted.version });
  await publishQuarter(performance, { planId, quarter: '2018-19 Q2' });
}
