import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dueDeadline,
  dueQuarter,
  formatDueSpec,
  isDueInQuarter,
  isOverdueAt,
  parseDueSpec,
  type DueSpec,
} from './dueSpec.js';
import { quarterOfDate, type FinancialQuarter } from './financialYear.js';

function parsed(text: string, defaultFy?: number): DueSpec {
  const result = parseDueSpec(text, defaultFy === undefined ? {} : { defaultFinancialYear: { startYear: defaultFy } });
  if (!result.ok) throw new Error(result.error);
  return result.dueSpec;
}

const q = (startYear: number, quarter: 1 | 2 | 3 | 4): FinancialQuarter => ({ financialYear: { startYear }, quarter });

describe('due specs in the forms the 2018-19 business plan uses', () => {
  it('reads "Quarter 2, 2018-19:" as due within that quarter', () => {
    expect(parsed('Quarter 2, 2018-19:')).toEqual({ mode: 'in', anchor: { kind: 'quarter', quarter: q(2018, 2) } });
  });

  it('reads "By Quarter 3, 2018-19:" and "By quarter 4, 2018-19:" as deadlines', () => {
    expect(parsed('By Quarter 3, 2018-19:')).toEqual({ mode: 'by', anchor: { kind: 'quarter', quarter: q(2018, 3) } });
    expect(parsed(' By quarter 4, 2018-19:')).toEqual({ mode: 'by', anchor: { kind: 'quarter', quarter: q(2018, 4) } });
  });

  it('reads "Quarters 2 and 3, 2018-19:" and "Quarter 3 and 4, 2018-19" as spans', () => {
    expect(parsed('Quarters 2 and 3, 2018-19:')).toEqual({
      mode: 'in',
      anchor: { kind: 'quarters', from: q(2018, 2), to: q(2018, 3) },
    });
    expect(parsed('Quarter 3 and 4, 2018-19')).toEqual({
      mode: 'in',
      anchor: { kind: 'quarters', from: q(2018, 3), to: q(2018, 4) },
    });
  });

  it('reads "From Quarter 1" using the plan\'s own year', () => {
    expect(parsed('From Quarter 1', 2018)).toEqual({ mode: 'from', anchor: { kind: 'quarter', quarter: q(2018, 1) } });
  });

  it('explains that "From Quarter 1" needs a year when the plan gives none', () => {
    const result = parseDueSpec('From Quarter 1');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('no financial year') as unknown });
  });

  it('reads a month and the usual ways of writing a date', () => {
    expect(parsed('October 2018')).toEqual({ mode: 'in', anchor: { kind: 'month', month: { year: 2018, month: 10 } } });
    expect(parsed('By 31 March 2019')).toEqual({ mode: 'by', anchor: { kind: 'date', date: '2019-03-31' } });
    expect(parsed('2019-03-31')).toEqual({ mode: 'in', anchor: { kind: 'date', date: '2019-03-31' } });
    expect(parsed('31/03/2019')).toEqual({ mode: 'in', anchor: { kind: 'date', date: '2019-03-31' } });
  });

  it('gives a message that quotes the text for anything else', () => {
    for (const bad of [
      '',
      'soon',
      'Quarter 5, 2018-19',
      '30 February 2019',
      'Quarter 2, 2018-20',
      'Quarters 3 and 2, 2018-19',
    ]) {
      const result = parseDueSpec(bad);
      expect(result.ok).toBe(false);
    }
    const result = parseDueSpec('soon');
    expect(!result.ok && result.error).toMatch(/^"soon" is not a due date/);
  });
});

describe('questions about a due spec', () => {
  it('lists an in-quarter milestone in its quarter only', () => {
    const spec = parsed('Quarter 2, 2018-19');
    expect(isDueInQuarter(spec, q(2018, 2))).toBe(true);
    expect(isDueInQuarter(spec, q(2018, 1))).toBe(false);
    expect(isDueInQuarter(spec, q(2018, 3))).toBe(false);
  });

  it('lists a "by" milestone in its deadline quarter, and a span in each of its quarters', () => {
    expect(isDueInQuarter(parsed('By Quarter 3, 2018-19'), q(2018, 3))).toBe(true);
    expect(isDueInQuarter(parsed('By Quarter 3, 2018-19'), q(2018, 2))).toBe(false);
    const span = parsed('Quarters 2 and 3, 2018-19');
    expect([1, 2, 3, 4].map((n) => isDueInQuarter(span, q(2018, n as 1)))).toEqual([false, true, true, false]);
  });

  it('keeps an ongoing "From" milestone in every later quarter and never calls it overdue', () => {
    const spec = parsed('From Quarter 1', 2018);
    expect(isDueInQuarter(spec, q(2020, 4))).toBe(true);
    expect(isDueInQuarter(spec, q(2017, 4))).toBe(false);
    expect(isOverdueAt(spec, '2030-01-01')).toBe(false);
    expect(dueQuarter(spec)).toBeNull();
  });

  it('is overdue only after the last day of its window', () => {
    const spec = parsed('By Quarter 3, 2018-19');
    expect(dueDeadline(spec)).toBe('2018-12-31');
    expect(isOverdueAt(spec, '2018-12-31')).toBe(false);
    expect(isOverdueAt(spec, '2019-01-01')).toBe(true);
    expect(isOverdueAt(parsed('October 2018'), '2018-11-01')).toBe(true);
  });

  it('finds the quarter a month falls in', () => {
    expect(dueQuarter(parsed('October 2018'))).toEqual(q(2018, 3));
    expect(dueQuarter(parsed('February 2019'))).toEqual(q(2018, 4));
  });
});

const quarter = fc
  .record({ startYear: fc.integer({ min: 1990, max: 2200 }), quarter: fc.constantFrom(1, 2, 3, 4) })
  .map(({ startYear, quarter: n }) => q(startYear, n as 1));

const dueSpec: fc.Arbitrary<DueSpec> = fc.oneof(
  fc.record({
    mode: fc.constantFrom('in', 'by', 'from'),
    anchor: quarter.map((x) => ({ kind: 'quarter' as const, quarter: x })),
  }),
  fc.tuple(quarter, fc.integer({ min: 1, max: 7 })).map(([from, length]) => {
    const toIndex = from.financialYear.startYear * 4 + from.quarter - 1 + length;
    const to = q(Math.floor(toIndex / 4), ((toIndex % 4) + 1) as 1);
    return { mode: 'in' as const, anchor: { kind: 'quarters' as const, from, to } };
  }),
  fc.record({
    mode: fc.constantFrom('in', 'by', 'from'),
    anchor: fc
      .record({ year: fc.integer({ min: 1990, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
      .map((month) => ({ kind: 'month' as const, month })),
  }),
  fc.record({
    mode: fc.constantFrom('in', 'by', 'from'),
    anchor: fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => ({ kind: 'date' as const, date: d.toISOString().slice(0, 10) })),
  }),
);

describe('due spec properties', () => {
  it('reads back exactly what it writes', () => {
    fc.assert(
      fc.property(dueSpec, (spec) => {
        expect(parsed(formatDueSpec(spec))).toEqual(spec);
      }),
    );
  });

  it('is never overdue inside its own deadline quarter before the deadline', () => {
    fc.assert(
      fc.property(dueSpec, (spec) => {
        const deadline = dueDeadline(spec);
        if (deadline === null) return;
        expect(isOverdueAt(spec, deadline)).toBe(false);
        expect(isDueInQuarter(spec, quarterOfDate(deadline))).toBe(true);
      }),
    );
  });
});
