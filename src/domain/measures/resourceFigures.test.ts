import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeasureDefinition, Observation } from './measure.js';
import { resourceFigures, resourcePeriodLabel, resourceSection } from './resourceFigures.js';

const reserves: MeasureDefinition = {
  code: 'reserves',
  name: 'Reserves',
  definition: 'Reserves held at the end of the year.',
  unit: 'pounds',
  unitWords: 'pounds',
  polarity: 'context-only',
  frequency: 'annual',
  source: 'Met Business Plan 2018-19',
  areaKinds: ['force'],
  breakdowns: [],
  target: null,
  crimeCategory: null,
  aims: [],
  kind: 'finance',
};

function held(value: number, more: Partial<Observation> & { supersededAt?: string | null } = {}) {
  return {
    measureCode: 'reserves',
    areaCode: 'MPS',
    period: 'FY 2022-23',
    breakdown: null,
    value,
    numerator: null,
    denominator: null,
    sampleSize: null,
    designEffect: null,
    status: 'provisional' as const,
    source: 'Met Business Plan 2018-19',
    asAt: '2018-06-30',
    synthetic: false,
    supersededAt: null,
    ...more,
  };
}

describe('resource figures', () => {
  it('writes a span of financial years as the documents do and leaves other text as held', () => {
    expect(resourcePeriodLabel('FY 2019-20 to FY 2022-23')).toBe('2019-20 to 2022-23');
    expect(resourcePeriodLabel('FY 2018-19')).toBe('2018-19');
    expect(resourcePeriodLabel('end of the decade')).toBe('end of the decade');
    expect(resourcePeriodLabel('FY 2018-19 to soon')).toBe('FY 2018-19 to soon');
  });

  it('labels any span of two financial years as the two years joined by "to"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 0, max: 9 }), (start, length) => {
        const fy = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
        const end = start + length;
        expect(resourcePeriodLabel(`FY ${fy(start)} to FY ${fy(end)}`)).toBe(`${fy(start)} to ${fy(end)}`);
      }),
    );
  });

  it('keeps each source beside the other and only the newest vintage of each', () => {
    const figures = resourceFigures(reserves, [
      held(70_000_000, { asAt: '2018-03-31' }),
      held(64_000_000),
      held(43_000_000, { source: 'PEEL 2018/19', asAt: '2019-03-31' }),
    ]);
    expect(figures.map((f) => [f.source, f.value, f.asAt])).toEqual([
      ['Met Business Plan 2018-19', 64_000_000, '2018-06-30'],
      ['PEEL 2018/19', 43_000_000, '2019-03-31'],
    ]);
    expect(figures[0]).toMatchObject({
      periodLabel: '2022-23',
      status: 'provisional',
      synthetic: false,
      unit: 'pounds',
    });
  });

  it('leaves out corrected values, breakdowns and other measures', () => {
    const figures = resourceFigures(reserves, [
      held(1, { supersededAt: '2019-01-01T00:00:00Z' }),
      held(2, { breakdown: 'kind: general' }),
      held(3, { measureCode: 'capital-programme' }),
    ]);
    expect(figures).toEqual([]);
  });

  it('puts finance and workforce measures in their sections and performance measures in none', () => {
    expect(resourceSection(reserves)).toBe('finance');
    expect(resourceSection({ ...reserves, kind: 'workforce' })).toBe('workforce');
    expect(resourceSection({ ...reserves, kind: undefined })).toBeNull();
  });
});
