import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BluelampProblem } from '../../errors.js';
import { XMR_SCALING, uChart, xmrChart } from './spc.js';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('the XmR chart', () => {
  it('reproduces the NIST/SEMATECH e-Handbook individuals chart example (§6.3.2.2, ten batches of flow rate)', () => {
    // The handbook: mean 50.81, mean moving range 1.8778, limits 50.81 ± 3(1.8778/1.128) =
    // 55.80 and 45.82. 2.66 is 3/1.128 to three figures, so the limits agree to two decimals.
    const chart = xmrChart([49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1]);
    expect(chart.centre).toBeCloseTo(50.81, 10);
    expect(chart.meanMovingRange).toBeCloseTo(1.8778, 4);
    expect(chart.movingRanges.slice(0, 3)).toEqual([null, expect.closeTo(2.0, 10), expect.closeTo(2.3, 10)]);
    expect(chart.points[0]?.upper).toBeCloseTo(55.8, 2);
    expect(chart.points[0]?.lower).toBeCloseTo(45.82, 2);
    expect(chart.signals).toEqual([]);
  });

  it('uses the scaling constant 2.66 of NHS England "Making Data Count" (3 / d2, d2 = 1.128)', () => {
    expect(XMR_SCALING).toBe(2.66);
    const chart = xmrChart([10, 12, 10, 12]);
    expect(chart.points[0]?.upper).toBeCloseTo(11 + 2.66 * 2, 12);
  });

  it('flags a point outside the limits', () => {
    const values = [20, 21, 19, 20, 22, 18, 20, 21, 19, 60, 20, 21];
    const chart = xmrChart(values);
    expect(chart.signals).toContainEqual({ rule: 'outside-limits', direction: 'above', indexes: [9] });
  });

  it('flags a run of eight points below the centre line but not a run of seven', () => {
    const eight = xmrChart([12, 13, 12, 13, 12, 13, 5, 6, 5, 6, 5, 6, 5, 6, 20, 21, 20, 21]);
    expect(eight.signals).toContainEqual({ rule: 'run', direction: 'below', indexes: [6, 7, 8, 9, 10, 11, 12, 13] });
    const seven = xmrChart([12, 13, 12, 13, 12, 13, 5, 6, 5, 6, 5, 6, 5, 20, 21, 20, 21]);
    expect(seven.signals.filter((s) => s.rule === 'run')).toEqual([]);
  });

  it('flags a trend of six rising points but not of five', () => {
    const six = xmrChart([10, 9, 10, 9, 1, 2, 3, 4, 5, 6, 5, 9, 10, 9]);
    expect(six.signals).toContainEqual({ rule: 'trend', direction: 'increasing', indexes: [4, 5, 6, 7, 8, 9] });
    const five = xmrChart([10, 9, 10, 9, 1, 2, 3, 4, 5, 4, 5, 9, 10, 9]);
    expect(five.signals.filter((s) => s.rule === 'trend')).toEqual([]);
  });

  it('takes the shorter runs and trends of "Making Data Count" (seven of each) as options', () => {
    const values = [12, 13, 12, 13, 12, 13, 5, 6, 5, 6, 5, 6, 5, 20, 21, 20, 21];
    const signals = xmrChart(values, { runLength: 7, trendLength: 7 }).signals;
    expect(signals).toContainEqual({ rule: 'run', direction: 'below', indexes: [6, 7, 8, 9, 10, 11, 12] });
  });

  it('breaks a run at a point on the centre line', () => {
    // The mean is exactly 10: the 10 splits eight low points into two runs of four.
    const chart = xmrChart([5, 5, 5, 5, 10, 5, 5, 5, 5, 15, 15, 15, 15, 15, 15, 15, 15]);
    expect(chart.signals.filter((s) => s.rule === 'run').map((s) => s.indexes.length)).toEqual([8]);
  });

  it('has limits symmetric about the mean', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 60 }), (values) => {
        const chart = xmrChart(values);
        for (const point of chart.points) {
          expect(point.upper - chart.centre).toBeCloseTo(chart.centre - point.lower, 6);
          expect(point.upper).toBeGreaterThanOrEqual(point.lower);
        }
      }),
    );
  });

  it('gives no signals for a constant series', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 2, max: 60 }), (constant, length) => {
        expect(xmrChart(Array.from({ length }, () => constant)).signals).toEqual([]);
      }),
    );
  });

  it('keeps its signals when the whole series is moved up or down', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 40 }),
        fc.integer({ min: -5000, max: 5000 }),
        (values, shift) => {
          const plain = xmrChart(values);
          const moved = xmrChart(values.map((v) => v + shift));
          expect(moved.signals).toEqual(plain.signals);
          expect(moved.centre).toBeCloseTo(plain.centre + shift, 8);
        },
      ),
    );
  });

  it('needs two points to measure a moving range', () => {
    expect(() => xmrChart([3])).toThrow(BluelampProblem);
    expect(() => xmrChart([3, NaN])).toThrow(BluelampProblem);
  });
});

describe('the u-chart', () => {
  // Montgomery, Introduction to Statistical Quality Control: the dyed-cloth example with varying
  // sample size (ten rolls, nonconformities per 50 m² inspection unit): 153 nonconformities in
  // 107.5 units, ū = 1.42, every roll inside its limits.
  const counts = [14, 12, 20, 11, 7, 10, 21, 16, 19, 23];
  const units = [10, 8, 13, 10, 9.5, 10, 12, 10.5, 12, 12.5];
  const cloth = counts.map((count, i) => ({ count, exposure: units[i] ?? 1 }));

  it("reproduces Montgomery's dyed-cloth u-chart: ū = 153 / 107.5 = 1.42 and no roll out of control", () => {
    const chart = uChart(cloth);
    expect(chart.centre).toBeCloseTo(1.4233, 4);
    expect(chart.signals).toEqual([]);
    // Ten units: 1.42 ± 3√(1.42 / 10).
    expect(chart.points[0]?.upper).toBeCloseTo(1.4233 + 3 * Math.sqrt(1.4233 / 10), 3);
    expect(chart.points[0]?.lower).toBeCloseTo(0.29, 2);
  });

  it('sets wider limits for the months with less exposure and never a negative lower limit', () => {
    const chart = uChart([
      { count: 2, exposure: 1 },
      { count: 40, exposure: 20 },
    ]);
    const [small, large] = chart.points;
    expect((small?.upper ?? 0) - (small?.lower ?? 0)).toBeGreaterThan((large?.upper ?? 0) - (large?.lower ?? 0));
    expect(small?.lower).toBe(0);
  });

  it('flags a month whose rate is far above the rest', () => {
    const series = Array.from({ length: 12 }, (_, i) => ({ count: i === 5 ? 300 : 100, exposure: 50 }));
    expect(uChart(series).signals).toContainEqual({ rule: 'outside-limits', direction: 'above', indexes: [5] });
  });

  it('gives no signals when every month has the same rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 40 }),
        (rate, exposures) => {
          const chart = uChart(exposures.map((exposure) => ({ count: rate * exposure, exposure })));
          expect(chart.signals).toEqual([]);
        },
      ),
    );
  });

  it('keeps its lower limits at or above zero and its points inside the series', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ count: fc.integer({ min: 0, max: 500 }), exposure: fc.integer({ min: 1, max: 100 }) }), {
          minLength: 1,
          maxLength: 40,
        }),
        (series) => {
          const chart = uChart(series);
          for (const point of chart.points) expect(point.lower).toBeGreaterThanOrEqual(0);
          for (const signal of chart.signals) {
            for (const index of signal.indexes) expect(index).toBeLessThan(series.length);
          }
        },
      ),
    );
  });

  it('refuses a month with no exposure', () => {
    expect(() => uChart([{ count: 3, exposure: 0 }])).toThrow(BluelampProblem);
    expect(() => uChart([])).toThrow(BluelampProblem);
  });
});
