import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlanDocument } from '../plans/index.js';
import { actionPlanKey, emptyActionPlan, withAction } from './actionPlan.js';

const inspection = {
  key: 'peel-2018-19-met',
  title: 'PEEL 2018/19: the Metropolitan Police Service',
  publishedOn: '2019-09-01',
};
const finding = { ref: 'ELB-REC-1', kind: 'recommendation' as const, kindLabel: 'Recommendation', text: 'Clear it.' };
const action = {
  title: 'Clear the vetting backlog',
  text: 'Vet everyone.',
  due: 'By Quarter 2, 2020-21',
  leads: ['RV'],
};

describe('the action plan of an inspection', () => {
  it('starts empty, keyed after the inspection and covering the publication year and two more', () => {
    const plan = emptyActionPlan(inspection, 'Metropolitan Police Service');
    expect(plan).toMatchObject({
      owner: 'Metropolitan Police Service',
      key: actionPlanKey(inspection.key),
      kind: 'action-plan',
      firstYear: '2019-20',
      lastYear: '2021-22',
    });
    expect(plan.key).toBe('peel-2018-19-met-actions');
  });

  it('puts each action under its finding with the next free ref, and stays a sound plan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ELB-REC-1', 'PVP-REC-1', 'INV-AFI-2'), { minLength: 1, maxLength: 12 }),
        (refs) => {
          let plan = emptyActionPlan(inspection, 'Metropolitan Police Service');
          for (const ref of refs) plan = withAction(plan, { ...finding, ref }, action, '2020-21').plan;
          expect(checkPlanDocument(plan, new Set(['RV']))).toEqual([]);
          expect(plan.nodes.map((n) => n.ref)).toEqual([...new Set(refs)]);
          for (const node of plan.nodes) {
            const count = refs.filter((r) => r === node.ref).length;
            expect(node.milestones?.map((m) => m.ref)).toEqual(
              Array.from({ length: count }, (_, i) => `${node.ref}-A${i + 1}`),
            );
          }
        },
      ),
    );
  });

  it('stretches its last year to cover an action due after it', () => {
    const { plan } = withAction(
      emptyActionPlan(inspection, 'Metropolitan Police Service'),
      finding,
      { ...action, due: 'Quarter 1, 2023-24' },
      '2023-24',
    );
    expect(plan.lastYear).toBe('2023-24');
  });
});
