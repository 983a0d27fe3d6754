import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PLAN_HEADER } from '../../../test/support/planFixtures.js';
import { checkPlanDocument, dependencyCycle } from './checkPlanDocument.js';
import type { PlanDocument } from './planDocument.js';

describe('dependency circles', () => {
  const chain = (links: Record<string, string[]>): PlanDocument => ({
    ...SAMPLE_PLAN_HEADER,
    nodeKinds: [{ key: 'objective', label: 'Objective', plural: 'Objectives' }],
    nodes: [
      {
        ref: 'O1',
        kind: 'objective',
        title: 'Estates',
        milestones: Object.entries(links).map(([ref, dependsOn]) => ({
          ref,
          title: ref,
          text: ref,
          due: 'Quarter 4, 2018-19',
          leads: ['EST'],
          dependsOn,
        })),
      },
    ],
  });

  it('reports a circle of dependencies with the refs in order', () => {
    const problems = checkPlanDocument(
      chain({ 'BP18-86': ['BP18-88'], 'BP18-88': ['BP18-90'], 'BP18-90': ['BP18-86'] }),
    );
    expect(problems).toContainEqual({
      path: 'nodes',
      message: 'milestones depend on each other in a circle: BP18-86 → BP18-88 → BP18-90 → BP18-86',
    });
  });

  it('accepts a chain without a circle, however long', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (length) => {
        const refs = Array.from({ length }, (_, i) => `M${i}`);
        const links = Object.fromEntries(refs.map((ref, i) => [ref, i === 0 ? [] : [refs[i - 1] ?? '']]));
        expect(dependencyCycle(chain(links))).toBeNull();
      }),
    );
  });
});
