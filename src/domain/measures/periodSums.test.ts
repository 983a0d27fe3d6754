import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMonthCode, listMonths, parsePeriodCode, requirePeriod } from '../calendar/index.js';
import { sumOverPeriod } from './periodSums.js';

describe('totals over a period from monthly counts', () => {
  it('adds the twelve months of 2015-16, April to March', () => {
    const monthly = new Map<string, number>();
    for (let m = 1; m <= 12; m += 1) monthly.set(`2015-${String(m).padStart(2, '0')}`, 100);
    for (let m = 1; m <= 3; m += 1) monthly.set(`2016-0${m}`, 1000);
    const period = requirePeriod('2015-16', 'period', ['financial-year']);
    expect(sumOverPeriod(monthly, period)).toEqual({
      value: 9 * 100 + 3 * 1000,
      months: 12,
      missing: [],
    });
  });

  it('lists the months it has no count for instead of treating them as zero', () => {
    const monthly = new Map([['2016-01', 5]]);
    const quarter = parsePeriodCode('2015-16 Q4');
    expect(quarter && sumOverPeriod(monthly, quarter)).toEqual({
      value: 5,
      months: 3,
      missing: ['2016-02', '2016-03'],
    });
  });

  it('sums any period to the sum of its months, for random monthly data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.nat(5000), { minLength: 36, maxLength: 36 }),
        (year, month, counts) => {
          const monthly = new Map<string, number>();
          counts.forEach((count, i) =>
            monthly.set(
              formatMonthCode({ year: year + Math.floor((month - 1 + i) / 12), month: ((month - 1 + i) % 12) + 1 }),
              count,
            ),
          );
          const r12 = { kind: 'rolling-12-months' as const, endMonth: { year: year + 1, month } };
          const expected = listMonths(r12).reduce((sum, m) => sum + (monthly.get(formatMonthCode(m)) ?? 0), 0);
          expect(sumOverPeriod(monthly, r12).value).toBe(expected);
        },
      ),
    );
  });
});
