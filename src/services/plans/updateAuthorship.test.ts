import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { Actor } from '../../domain/accounts/index.js';
import type { ServiceContext } from '../context.js';
import { approveMilestoneUpdate } from './approveMilestoneUpdate.js';
import { getMilestone } from './getMilestone.js';
import { listPlans } from './listPlans.js';
import { returnMilestoneUpdate } from './returnMilestoneUpdate.js';
import { saveMilestoneUpdate } from './saveMilestoneUpdate.js';
import { submitMilestoneUpdate } from './submitMilestoneUpdate.js';

const HR_OWNER: Actor = { kind: 'user', username: 'hr.owner', role: 'owner', scope: ['HR'] };
const REVIEWER: Actor = { kind: 'user', username: 'perf.reviewer', role: 'performance', scope: [] };

const as = (ctx: ServiceContext, actor: Actor): ServiceContext => ({ ...ctx, actor });

describeWithDemoData('who wrote an update and who reviewed it', (ctx) => {
  it('keeps the author as the author after a reviewer returns the update and then approves it', async () => {
    const planId = (await listPlans(ctx())).plans.find((p) => p.key === 'met-business-plan-2018-19')?.id ?? -1;
    const owner = as(ctx(), HR_OWNER);
    const reviewer = as(ctx(), REVIEWER);
    const people = async () =>
      (await getMilestone(reviewer, { planId, ref: 'BP18-61' })).updates.find((u) => u.quarter === '2018-19 Q2')
        ?.people;
    const draft = await saveMilestoneUpdate(owner, {
      planId,
      ref: 'BP18-61',
      quarter: '2018-19 Q2',
      version: 0,
      statusCode: 'on-track',
      narrative: 'The service opened to police staff in July.',
    });
    const submitted = await submitMilestoneUpdate(owner, { updateId: draft.id, version: draft.version });
    const returned = await returnMilestoneUpdate(reviewer, {
      updateId: draft.id,
      version: submitted.version,
      comment: 'Say how many staff have used it.',
    });
    expect(await people()).toMatchObject({ updatedBy: 'user:hr.owner', reviewedBy: 'user:perf.reviewer' });
    const edited = await saveMilestoneUpdate(owner, {
      planId,
      ref: 'BP18-61',
      quarter: '2018-19 Q2',
      version: returned.version,
      statusCode: 'on-track',
      narrative: 'The service opened to police staff in July; 40 have used it.',
    });
    const resubmitted = await submitMilestoneUpdate(owner, { updateId: edited.id, version: edited.version });
    await approveMilestoneUpdate(reviewer, { updateId: edited.id, version: resubmitted.version });
    expect(await people()).toMatchObject({
      updatedBy: 'user:hr.owner',
      submittedBy: 'user:hr.owner',
      reviewedBy: 'user:perf.reviewer',
    });
  });
});
