import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combineRollUps,
  complianceText,
  DEFAULT_MINIMUM,
  describeMinimum,
  judgeWard,
  minimumProblems,
  rollUp,
  type WardCompliance,
} from './compliance.js';
import type { WardPost, WardRole } from './wardPosts.js';

const post = (role: WardRole, establishment: number, actual: number, synthetic = false): WardPost => ({
  wardCode: 'w',
  role,
  asAt: '2018-12-31',
  establishment,
  actual,
  synthetic,
});

const figures = fc.option(fc.record({ establishment: fc.nat(5), actual: fc.nat(5) }), { nil: null });
const ward = fc
  .record({ dwo: figures, pcso: figures, minimum: fc.record({ dwo: fc.nat(4), pcso: fc.nat(3) }) })
  .map(({ dwo, pcso, minimum }) => {
    const posts = [
      ...(dwo === null ? [] : [post('dwo', dwo.establishment, dwo.actual)]),
      ...(pcso === null ? [] : [post('pcso', pcso.establishment, pcso.actual)]),
    ];
    return { posts, minimum, judged: judgeWard(posts, minimum) };
  });

describe('judging a ward against the neighbourhood minimum', () => {
  it('meets the minimum of 2 DWOs and 1 PCSO only when both are in post, whatever the establishment', () => {
    expect(judgeWard([post('dwo', 2, 2), post('pcso', 1, 1)], DEFAULT_MINIMUM).status).toBe('met');
    expect(judgeWard([post('dwo', 3, 3), post('pcso', 0, 1)], DEFAULT_MINIMUM).status).toBe('met');
    const short = judgeWard([post('dwo', 2, 1), post('pcso', 1, 0)], DEFAULT_MINIMUM);
    expect(short).toMatchObject({ status: 'short', shortfall: { dwo: 1, pcso: 1 } });
    expect(complianceText(short)).toBe('1 DWO and 1 PCSO short');
    expect(complianceText(judgeWard([post('dwo', 2, 0), post('pcso', 1, 1)], DEFAULT_MINIMUM))).toBe('2 DWOs short');
  });

  it('calls a ward without figures for a role "no figures" rather than inventing a shortfall', () => {
    const judged = judgeWard([post('dwo', 2, 2)], DEFAULT_MINIMUM);
    expect(judged).toMatchObject({ status: 'no-figures', shortfall: { dwo: 0, pcso: 0 }, pcso: null });
    expect(complianceText(judged)).toBe('No figures for PCSOs');
    expect(complianceText(judgeWard([], DEFAULT_MINIMUM))).toBe('No figures for DWOs or PCSOs');
  });

  it('marks a ward generated when any of its figures were generated for the demo', () => {
    expect(judgeWard([post('dwo', 2, 2, true), post('pcso', 1, 1)], DEFAULT_MINIMUM).synthetic).toBe(true);
    expect(judgeWard([post('dwo', 2, 2), post('pcso', 1, 1)], DEFAULT_MINIMUM).synthetic).toBe(false);
  });

  it('never lets one more officer in post turn a ward from meeting the minimum to short', () => {
    fc.assert(
      fc.property(ward, fc.constantFrom<WardRole>('dwo', 'pcso'), ({ posts, minimum, judged }, role) => {
        const more = posts.map((p) => (p.role === role ? { ...p, actual: p.actual + 1 } : p));
        if (judged.status === 'met') expect(judgeWard(more, minimum).status).toBe('met');
      }),
    );
  });

  it('is short exactly when some role with figures has fewer in post than the minimum', () => {
    fc.assert(
      fc.property(ward, ({ posts, minimum, judged }) => {
        const below = posts.some((p) => p.actual < minimum[p.role]);
        if (judged.status !== 'no-figures') expect(judged.status === 'short').toBe(below);
      }),
    );
  });

  it('accepts whole minimums from 0 to 20 and names the role of one that is not', () => {
    expect(minimumProblems({ dwo: 2, pcso: 1 })).toEqual([]);
    expect(minimumProblems({ dwo: 1.5, pcso: -1 }).map((p) => p.field)).toEqual(['dwo', 'pcso']);
    expect(minimumProblems({ dwo: 21, pcso: 0 })).toHaveLength(1);
    expect(describeMinimum({ dwo: 1, pcso: 2 })).toBe('1 DWO and 2 PCSOs');
  });
});

describe('rolling compliance up to boroughs, BCUs and London', () => {
  const judgedWards = fc.array(
    ward.map(({ judged }) => judged),
    { maxLength: 30 },
  );

  it('counts every ward once, as met, short or without figures', () => {
    fc.assert(
      fc.property(judgedWards, (wards) => {
        const total = rollUp(wards);
        expect(total.wards).toBe(wards.length);
        expect(total.met + total.short + total.noFigures).toBe(wards.length);
      }),
    );
  });

  it("gives a borough the sum of its wards' posts and shortfalls", () => {
    fc.assert(
      fc.property(judgedWards, (wards) => {
        const total = rollUp(wards);
        const sum = (pick: (w: WardCompliance) => number) => wards.reduce((s, w) => s + pick(w), 0);
        expect(total.shortfall).toEqual({ dwo: sum((w) => w.shortfall.dwo), pcso: sum((w) => w.shortfall.pcso) });
        expect(total.dwo.actual).toBe(sum((w) => w.dwo?.actual ?? 0));
        expect(total.pcso.establishment).toBe(sum((w) => w.pcso?.establishment ?? 0));
      }),
    );
  });

  it('gives a BCU the same totals whether its boroughs are added up or all its wards at once', () => {
    fc.assert(
      fc.property(fc.array(judgedWards, { maxLength: 4 }), (boroughs) => {
        expect(combineRollUps(boroughs.map(rollUp))).toEqual(rollUp(boroughs.flat()));
      }),
    );
  });
});
