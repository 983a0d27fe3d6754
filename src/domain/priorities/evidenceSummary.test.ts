import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boroughStanding, chartSummary } from './evidenceSummary.js';

describe('the evidence summary of a monthly series', () => {
  it('gives each month from the twelfth on the sum of the twelve months ending there', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 2, maxLength: 40 }), (counts) => {
        const series = counts.map((count, i) => ({ month: `m${i}`, count }));
        const { points } = chartSummary(series);
        points.forEach((point, i) => {
          if (i < 11) expect(point.rolling12).toBeNull();
          else expect(point.rolling12).toBe(counts.slice(i - 11, i + 1).reduce((a, b) => a + b, 0));
          expect(point.lower).toBeGreaterThanOrEqual(0);
          expect(point.lower).toBeLessThanOrEqual(point.centre);
          expect(point.centre).toBeLessThanOrEqual(point.upper + 1e-9);
        });
      }),
    );
  });

  it('has nothing to chart with fewer than two months', () => {
    expect(chartSummary([{ month: '2018-04', count: 5 }])).toEqual({ points: [], signals: [] });
  });
});

describe("a borough's standing in London", () => {
  const boroughs = ['a', 'b', 'c'];
  const counts = new Map([
    ['a', 100],
    ['b', 300],
    ['c', 200],
  ]);

  it('ranks by count, with its share of London, when populations are missing', () => {
    expect(boroughStanding('c', counts, boroughs, new Map())).toEqual({
      rank: 2,
      of: 3,
      basis: 'count',
      share: 200 / 600,
      rate: null,
      londonRate: null,
    });
  });

  it('ranks by rate per 1,000 residents when every borough has a population', () => {
    const residents = new Map([
      ['a', 10_000],
      ['b', 300_000],
      ['c', 100_000],
    ]);
    const standing = boroughStanding('a', counts, boroughs, residents);
    expect(standing).toMatchObject({ rank: 1, basis: 'rate', rate: 10 });
    expect(standing.londonRate).toBeCloseTo((600 / 410_000) * 1000, 12);
  });

  it('puts exactly as many boroughs above a borough as its rank says', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 32 }), (values) => {
        const codes = values.map((_, i) => `b${i}`);
        const map = new Map(codes.map((code, i) => [code, values[i] ?? 0]));
        for (const code of codes) {
          const { rank } = boroughStanding(code, map, codes, new Map());
          expect(rank - 1).toBe(values.filter((v) => v > (map.get(code) ?? 0)).length);
        }
      }),
    );
  });
});
