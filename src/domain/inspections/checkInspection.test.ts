import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peel2018Met } from '../../../demo/peel2018.js';
import { checkInspection, dueDateOf } from './checkInspection.js';
import type { InspectionDocument } from './inspectionDocument.js';

describe('the day a recommendation falls due', () => {
  it('is publication day when immediate, a year on when within 12 months, the date given, or none', () => {
    expect(dueDateOf({ kind: 'immediate' }, '2019-09-01')).toBe('2019-09-01');
    expect(dueDateOf({ kind: 'within-months', months: 12 }, '2019-09-01')).toBe('2020-09-01');
    expect(dueDateOf({ kind: 'by-date', date: '2020-03-31' }, '2019-09-01')).toBe('2020-03-31');
    expect(dueDateOf({ kind: 'none' }, '2019-09-01')).toBeNull();
  });

  it('falls on the last day of a shorter month', () => {
    expect(dueDateOf({ kind: 'within-months', months: 6 }, '2019-08-31')).toBe('2020-02-29');
    expect(dueDateOf({ kind: 'within-months', months: 1 }, '2019-01-31')).toBe('2019-02-28');
  });

  it('is always the given number of calendar months on, never earlier than publication', () => {
    const day = fc
      .record({
        year: fc.integer({ min: 2000, max: 2040 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ year, month, day: d }) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), (published, months) => {
        const due = dueDateOf({ kind: 'within-months', months }, published) ?? '';
        expect(due > published).toBe(true);
        const monthsApart =
          (Number(due.slice(0, 4)) - Number(published.slice(0, 4))) * 12 +
          Number(due.slice(5, 7)) -
          Number(published.slice(5, 7));
        expect(monthsApart).toBe(months);
        expect(due.slice(8)).toBe(published.slice(8));
      }),
    );
  });
});

describe('checking an inspection', () => {
  it('finds nothing wrong with the PEEL 2018/19 report on the Met', () => {
    expect(checkInspection(peel2018Met)).toEqual([]);
  });

  it('names every problem: a grade off the scale, a finding without a component, a cause of concern without recommendations', () => {
    const [first, ...rest] = peel2018Met.pillars;
    const broken: InspectionDocument = {
      ...peel2018Met,
      publishedOn: 'September 2019',
      pillars: [{ ...first!, grade: 'excellent' as never }, ...rest],
      findings: [
        { ref: 'X-1', kind: 'area-for-improvement', component: '', text: 'Do better.' },
        { ref: 'X-2', kind: 'area-for-improvement', component: 'crystal-balls', text: 'Look ahead.' },
        { ref: 'X-3', kind: 'cause-of-concern', component: 'investigating-crime', text: 'A worry.' },
        {
          ref: 'X-4',
          kind: 'area-for-improvement',
          component: 'investigating-crime',
          text: 'A lesser worry.',
          recommendations: [{ ref: 'X-5', text: 'Fix it.', due: { kind: 'none' } }],
        },
        {
          ref: 'X-6',
          kind: 'cause-of-concern',
          component: 'investigating-crime',
          text: 'Another worry.',
          recommendations: [{ ref: 'X-6', text: 'Fix it.', due: { kind: 'within-months', months: 0 } }],
        },
      ],
    };
    expect(checkInspection(broken)).toEqual([
      { path: 'publishedOn', message: '"September 2019" is not a date such as 2019-09-01' },
      { path: 'pillars[0].grade', message: '"excellent" is not on the grade scale' },
      { path: 'findings[4].recommendations[0].ref', message: '"X-6" is used twice' },
      { path: 'findings[0].component', message: 'every finding needs its component' },
      { path: 'findings[1].component', message: '"crystal-balls" is not a component of this inspection' },
      { path: 'findings[2].recommendations', message: 'a cause of concern needs at least one recommendation' },
      { path: 'findings[3].recommendations', message: 'only a cause of concern carries recommendations' },
      {
        path: 'findings[4].recommendations[0].due',
        message: '"within 0 months" is not a whole number of months from 1 to 120',
      },
    ]);
  });
});

describe('the number of findings an inspection may hold', () => {
  const causes = (count: number, recommendationsEach: number): InspectionDocument => ({
    ...peel2018Met,
    findings: Array.from({ length: count }, (_, i) => ({
      ref: `INV-CoC-${i + 1}`,
      kind: 'cause-of-concern' as const,
      component: 'investigating-crime',
      text: 'A cause of concern.',
      recommendations: Array.from({ length: recommendationsEach }, (_, r) => ({
        ref: `INV-REC-${i + 1}-${r + 1}`,
        text: 'A recommendation.',
        due: { kind: 'none' as const },
      })),
    })),
  });

  it('counts recommendations with their causes of concern, and refuses one over the limit with only that problem', () => {
    expect(checkInspection(causes(1000, 4))).toEqual([]);
    expect(checkInspection(causes(1000, 5))).toEqual([
      {
        path: 'findings',
        message: 'an inspection may hold at most 5,000 findings and recommendations; this one has 6,000',
      },
    ]);
  });
});
