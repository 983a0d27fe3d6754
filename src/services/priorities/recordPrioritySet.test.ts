import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { BluelampProblem } from '../../domain/errors.js';
import type { PrioritySetInput } from '../../domain/priorities/index.js';
import { getPriorityCatalogue } from './getPriorityCatalogue.js';
import { getPrioritySetHistory } from './getPrioritySetHistory.js';
import { listPrioritySets } from './listPrioritySets.js';
import { setEligibleCategories } from './setEligibleCategories.js';
import { setStandingPriorities } from './setStandingPriorities.js';
import { recordPrioritySet } from './recordPrioritySet.js';
import { problemOf } from '../../../test/support/problems.js';

const CHANGE: PrioritySetInput = {
  boroughCode: 'havering',
  year: '2018-19',
  priorities: [
    { categoryCode: 'burglary', qualifier: null },
    { categoryCode: 'robbery', qualifier: 'personal property' },
  ],
  agreedBy: 'Havering Council, East Area BCU and MOPAC',
  agreedOn: '2018-10-01',
  source: null,
  reason: null,
};

describeWithDemoData('recording a borough priority set', (ctx) => {
  it('refuses a second set for the same borough and year without a reason, and writes nothing', async () => {
    const problem = await problemOf(recordPrioritySet(ctx(), CHANGE));
    expect(problem.kind).toBe('invalid-input');
    expect(problem.field).toBe('reason');
    expect(problem.message).toMatch(/2018-19 already has a set for this borough: a new version needs the reason/);
    expect(await getPrioritySetHistory(ctx(), { year: '2018-19', borough: 'havering' })).toHaveLength(1);
  });

  it('refuses an unknown borough, an unknown or ineligible category and a bad date, naming each', async () => {
    const problem = await problemOf(
      recordPrioritySet(ctx(), {
        ...CHANGE,
        boroughCode: 'atlantis',
        priorities: [
          { categoryCode: 'piracy', qualifier: null },
          { categoryCode: 'homicide', qualifier: null },
        ],
        agreedOn: '2018-02-30',
      }),
    );
    expect(problem.kind).toBe('invalid-input');
    expect(problem.message).toContain('boroughCode: "atlantis" is not a borough');
    expect(problem.message).toContain('priorities[0].categoryCode: "piracy" is not a category boroughs may choose');
    expect(problem.message).toContain('priorities[1].categoryCode: "homicide" is not a category boroughs may choose');
    expect(problem.message).toContain('agreedOn: "2018-02-30" is not a date');
    const list = await listPrioritySets(ctx(), { year: '2018-19' });
    expect(list.sets).toHaveLength(32);
  });

  it('keeps the first version when an in-year change is recorded with its reason, and lists the latest', async () => {
    const set = await recordPrioritySet(ctx(), { ...CHANGE, reason: 'Robbery rose after the summer' });
    expect(set.version).toBe(2);
    const history = await getPrioritySetHistory(ctx(), { year: '2018-19', borough: 'havering' });
    expect(history.map((v) => [v.version, v.priorities.map((p) => p.categoryName)])).toEqual([
      [1, ['Burglary', 'Non-domestic violence with injury']],
      [2, ['Burglary', 'Robbery']],
    ]);
    expect(history[1]?.reason).toBe('Robbery rose after the summer');
    const list = await listPrioritySets(ctx(), { year: '2018-19' });
    const havering = list.sets.find((s) => s.boroughCode === 'havering');
    expect(havering?.version).toBe(2);
    expect(havering?.priorities[1]).toEqual({
      categoryCode: 'robbery',
      categoryName: 'Robbery',
      qualifier: 'personal property',
    });
    expect(list.tally.find((t) => t.categoryCode === 'robbery')?.boroughs).toBe(13);
  });

  it('gives each of several people recording at once their own version, or tells them to try again', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        recordPrioritySet(ctx(), { ...CHANGE, boroughCode: 'barnet', reason: `Change number ${i}` }),
      ),
    );
    const versions = attempts.flatMap((a) => (a.status === 'fulfilled' ? [a.value.version] : []));
    const refused = attempts.flatMap((a) => (a.status === 'rejected' ? [a.reason as unknown] : []));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.length).toBeGreaterThan(0);
    for (const error of refused) expect((error as BluelampProblem).kind).toBe('conflict');
    const history = await getPrioritySetHistory(ctx(), { year: '2018-19', borough: 'barnet' });
    expect(history.map((v) => v.version)).toEqual(Array.from({ length: versions.length + 1 }, (_, i) => i + 1));
  });

  it('lets the oversight body change what boroughs may choose, refusing categories the taxonomy lacks', async () => {
    const problem = await problemOf(setEligibleCategories(ctx(), { categories: ['burglary', 'piracy'] }));
    expect(problem.message).toBe('Not a crime category: piracy.');
    const before = await getPriorityCatalogue(ctx());
    expect(before.eligible).toHaveLength(13);
    const after = await setEligibleCategories(ctx(), {
      categories: [...before.eligible.map((e) => e.code), 'drugs'],
      reason: 'Drug supply named by two boroughs',
    });
    expect(after.eligible.at(-1)).toEqual({ code: 'drugs', name: 'Drug offences' });
  });

  it('keeps the high-harm set as data, refusing a standing priority that points at an unknown measure', async () => {
    const { standing } = await getPriorityCatalogue(ctx());
    expect(standing.map((s) => s.code)).toEqual([
      'anti-social-behaviour',
      'sexual-violence',
      'domestic-abuse',
      'child-sexual-exploitation',
      'weapon-based-crime',
      'hate-crime',
    ]);
    const broken = standing.map((s) => (s.code === 'hate-crime' ? { ...s, repeatMeasureCode: 'no-such-measure' } : s));
    const problem = await problemOf(setStandingPriorities(ctx(), { standing: broken }));
    expect(problem.message).toBe('standing[5].repeatMeasureCode: "no-such-measure" is not a measure');
    const added = await setStandingPriorities(ctx(), {
      standing: [...standing, { ...standing[1]!, code: 'modern-slavery', name: 'Modern slavery', categoryCode: null }],
    });
    expect(added.standing).toHaveLength(7);
  });
});
