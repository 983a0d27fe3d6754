import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BluelampProblem } from '../errors.js';
import { parsePeriodCode, periodCode, type Period } from './period.js';
import { periodForms } from './periodForms.js';
import { parsePeriod, PERIOD_KINDS, requirePeriod, requireQuarter, type PeriodKind } from './periodInput.js';

const year = fc.integer({ min: 1000, max: 9000 });
// From 1001, so that a January to March month's financial year still starts in a four-digit year.
const month = fc.record({ year: fc.integer({ min: 1001, max: 9000 }), month: fc.integer({ min: 1, max: 12 }) });
const quarterNumber = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const);
const financialYear = fc.record({ startYear: year });

const period: fc.Arbitrary<Period> = fc.oneof(
  month.map((m) => ({ kind: 'month' as const, month: m })),
  fc.record({ financialYear, quarter: quarterNumber }).map((q) => ({ kind: 'quarter' as const, quarter: q })),
  financialYear.map((fy) => ({ kind: 'financial-year' as const, financialYear: fy })),
  fc.tuple(financialYear, fc.integer({ min: 0, max: 11 })).map(([fy, offset]) => ({
    kind: 'year-to-date' as const,
    financialYear: fy,
    throughMonth: { year: fy.startYear + (offset >= 9 ? 1 : 0), month: ((3 + offset) % 12) + 1 },
  })),
  month.map((m) => ({ kind: 'rolling-12-months' as const, endMonth: m })),
  year.map((y) => ({ kind: 'calendar-year' as const, year: y })),
);

/** "2011-12": December 2011 written as a code, which is also how the financial year 2011-12 is written. */
function alsoAFinancialYear(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

function read(text: string, accept: readonly PeriodKind[] = PERIOD_KINDS): Period | string {
  const reading = parsePeriod(text, { accept });
  return reading.ok ? reading.period : reading.problem.message;
}

describe('reading a period as people write it', () => {
  it.each([
    ['2018-19', 'FY 2018-19'],
    ['FY2018-19', 'FY 2018-19'],
    ['2018/19', 'FY 2018-19'],
    ['2018-2019', 'FY 2018-19'],
    ['fy 2016–17', 'FY 2016-17'],
    ['2018-19 Q1', '2018-19 Q1'],
    ['2018-19-Q1', '2018-19 Q1'],
    ['Q1 2018-19', '2018-19 Q1'],
    ['2018-19Q1', '2018-19 Q1'],
    ['Quarter 1, 2018-19', '2018-19 Q1'],
    ['2018/19 q1', '2018-19 Q1'],
    ['R12 2016-09', 'R12 2016-09'],
    ['R12 Quarter 2 2016/17', 'R12 2016-09'],
    ['12 months to August 2016', 'R12 2016-08'],
    ['2016-09', '2016-09'],
    ['September 2016', '2016-09'],
    ['Sep 2016', '2016-09'],
    ['FY 2018-19 YTD 2018-06', 'FY 2018-19 YTD 2018-06'],
    ['2018-19 YTD 2018-06', 'FY 2018-19 YTD 2018-06'],
    ['YTD February 2019', 'FY 2018-19 YTD 2019-02'],
    ['2018', '2018'],
  ])('reads "%s" as %s', (text, code) => {
    const expected = parsePeriodCode(code);
    expect(expected).not.toBeNull();
    expect(read(text)).toEqual(expected);
  });

  it('reads every period back from every form it may be written in, when its kind is asked for', () => {
    fc.assert(
      fc.property(period, (p) => {
        for (const form of periodForms(p)) expect(read(form, [p.kind])).toEqual(p);
      }),
    );
  });

  it('reads every form the same when any period is asked for, except a month code that is also a financial year', () => {
    fc.assert(
      fc.property(period, (p) => {
        for (const form of periodForms(p)) {
          const reading = read(form);
          if (p.kind === 'month' && alsoAFinancialYear(form)) {
            expect(reading).toEqual({ kind: 'financial-year', financialYear: { startYear: p.month.year } });
          } else expect(reading).toEqual(p);
        }
      }),
    );
  });

  it('ignores case and spacing around the text and inside it', () => {
    fc.assert(
      fc.property(period, fc.boolean(), (p, upper) => {
        for (const form of periodForms(p)) {
          const shouted = upper ? form.toUpperCase() : form.toLowerCase();
          expect(read(`  ${shouted.replaceAll(' ', '   ')}\t`, [p.kind])).toEqual(p);
        }
      }),
    );
  });

  it('takes "2011-12" as the financial year where one is asked for, and as December 2011 where only months are', () => {
    expect(read('2011-12')).toEqual({ kind: 'financial-year', financialYear: { startYear: 2011 } });
    expect(read('2011-12', ['month', 'quarter'])).toEqual({ kind: 'month', month: { year: 2011, month: 12 } });
    expect(read('December 2011')).toEqual({ kind: 'month', month: { year: 2011, month: 12 } });
  });
});

describe('refusing what is not a period', () => {
  it.each([
    'soon',
    '',
    '2018-19 Q5',
    'Q0 2018-19',
    '2018-20',
    '2018-1',
    '18-19',
    'FY2018',
    '2018-13',
    'R12 2018',
    'R12 Quarter 2',
    'FY 2018-19 YTD 2019-04',
    '2018-19 YTD 2018-03',
    'Smarch 2018',
    '2018-19 Q1 Q2',
    'next year',
    '2018-19 Q1'.repeat(8),
  ])('refuses "%s", quoting it', (text) => {
    const reading = parsePeriod(text, { accept: PERIOD_KINDS });
    expect(reading.ok).toBe(false);
    expect(reading.ok ? '' : reading.problem.message).toContain(`not "${text}"`);
  });

  it('refuses any form of a period once one of its numbers is out of range', () => {
    const broken = fc.oneof(
      fc.tuple(year, fc.constantFrom(0, 5, 6, 9)).map(([y, q]) => {
        const fy = `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
        return fc.constantFrom(`${fy} Q${q}`, `${fy}-Q${q}`, `Q${q} ${fy}`, `Quarter ${q}, ${fy}`);
      }),
      fc
        .tuple(year, fc.integer({ min: 0, max: 99 }))
        .filter(([y, end]) => end !== (y + 1) % 100)
        .map(([y, end]) => {
          const fy = `${y}-${String(end).padStart(2, '0')}`;
          return fc.constantFrom(`FY${fy}`, `${fy} Q1`, `${fy} YTD ${y}-06`);
        }),
      fc.tuple(year, fc.constantFrom(0, 13, 20, 99)).map(([y, m]) => {
        const code = `${y}-${String(m).padStart(2, '0')}`;
        return fc.constantFrom(`R12 ${code}`, `YTD ${code}`);
      }),
    );
    fc.assert(
      fc.property(
        broken.chain((forms) => forms),
        (text) => {
          expect(parsePeriod(text, { accept: PERIOD_KINDS }).ok).toBe(false);
        },
      ),
    );
  });

  it('refuses every form of a real period with anything written before or after it', () => {
    const junk = fc.constantFrom('!', ' soon', ' and', '?', ' Q9', ' x');
    fc.assert(
      fc.property(period, junk, fc.boolean(), (p, extra, before) => {
        for (const form of periodForms(p)) {
          const text = before ? `${extra.trim()} ${form}` : `${form}${extra}`;
          expect(parsePeriod(text, { accept: PERIOD_KINDS }).ok, text).toBe(false);
        }
      }),
    );
  });

  it('reads any text at all without failing, and what it reads comes back the same from its code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const reading = parsePeriod(text, { accept: PERIOD_KINDS });
        if (reading.ok) expect(parsePeriodCode(periodCode(reading.period))).toEqual(reading.period);
      }),
    );
  });
});

describe('what a refusal says', () => {
  it('lists the forms of each kind the caller takes, in the same words wherever it is asked', () => {
    expect(read('2018-19 Q5', ['quarter'])).toBe(
      'must be a quarter such as 2018-19 Q1, 2018-19-Q1 or Q1 2018-19, not "2018-19 Q5"',
    );
    expect(read('soon', ['quarter', 'financial-year'])).toBe(
      'must be a quarter (such as 2018-19 Q1, 2018-19-Q1 or Q1 2018-19) or a financial year (such as 2018-19, FY2018-19 or 2018/19), not "soon"',
    );
  });

  it('never uses a semicolon, which imports use to join one problem to the next', () => {
    fc.assert(
      fc.property(fc.subarray([...PERIOD_KINDS], { minLength: 1 }), fc.string({ maxLength: 12 }), (kinds, text) => {
        const message = read(text.replaceAll(';', ''), kinds);
        if (typeof message === 'string') expect(message).not.toContain(';');
      }),
    );
  });

  it('names the kind of a period the caller does not take', () => {
    expect(read('2018-06', ['financial-year', 'quarter'])).toBe(
      'must be a quarter (such as 2018-19 Q1, 2018-19-Q1 or Q1 2018-19) or a financial year (such as 2018-19, FY2018-19 or 2018/19), not "2018-06", which is a month',
    );
    const reading = parsePeriod('R12 2018-06', { accept: ['quarter'] });
    expect(reading.ok ? null : reading.problem.found).toBe('rolling-12-months');
  });

  it('names the field in the problem it throws, as invalid input', () => {
    expect(() => requireQuarter('2018-06', 'due')).toThrow(
      new BluelampProblem(
        'invalid-input',
        'due must be a quarter such as 2018-19 Q1, 2018-19-Q1 or Q1 2018-19, not "2018-06", which is a month.',
        'due',
      ),
    );
    expect(requirePeriod('2018-19-Q2', 'period', ['quarter', 'financial-year'])).toEqual({
      kind: 'quarter',
      quarter: { financialYear: { startYear: 2018 }, quarter: 2 },
    });
  });

  it('offers examples that are themselves read as the kind they stand for', () => {
    for (const kind of PERIOD_KINDS) {
      const reading = parsePeriod('?', { accept: [kind] });
      const message = reading.ok ? '' : reading.problem.message;
      const examples = /such as (.+), not/.exec(message)?.[1]?.split(/, | or /) ?? [];
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) expect((read(example, [kind]) as Period).kind).toBe(kind);
    }
  });
});
