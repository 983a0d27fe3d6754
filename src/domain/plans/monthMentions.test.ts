import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MONTH_NAMES,
  addMonths,
  firstMonthOfQuarter,
  formatMonthName,
  parseDueSpec,
  type DueSpec,
  type FinancialQuarter,
  type QuarterNumber,
  type YearMonth,
} from '../calendar/index.js';
import { findMonthMentions, monthsOutsideDue } from './monthMentions.js';

function due(text: string): DueSpec {
  const result = parseDueSpec(text, { defaultFinancialYear: { startYear: 2018 } });
  if (!result.ok) throw new Error(result.error);
  return result.dueSpec;
}

const ym = (year: number, month: number): YearMonth => ({ year, month });

describe('month mentions in the Met 2018-19 Business Plan', () => {
  it('flags both October 2018 and December in a milestone filed under Quarter 4, 2018-19 (milestone 23)', () => {
    const text =
      'CAIT (SCO17) moves into Frontline Policing and borough MASHs from October 2018; ' +
      'Child Abuse and Sexual Offences command transition done in December';
    expect(monthsOutsideDue(text, due('Quarter 4, 2018-19'), 2018)).toEqual([
      { text: 'October 2018', month: ym(2018, 10) },
      { text: 'December', month: ym(2018, 12) },
    ]);
  });

  it('reads the abbreviation "Oct 2018" in milestone 23 the same way', () => {
    const text = 'moves into borough MASHs from Oct 2018; command transition done in December';
    expect(monthsOutsideDue(text, due('Quarter 4, 2018-19:'), 2018)).toEqual([
      { text: 'Oct 2018', month: ym(2018, 10) },
      { text: 'December', month: ym(2018, 12) },
    ]);
  });

  it('flags May but not July in "the May–July peak" filed under Quarter 2, 2018-19 (milestone 38)', () => {
    const text = 'Show operational impact in the May–July peak with focused days of action';
    expect(monthsOutsideDue(text, due('Quarter 2, 2018-19'), 2018)).toEqual([{ text: 'May', month: ym(2018, 5) }]);
  });

  it('flags September 2019 in "programme finishes September 2019" under Quarter 4, 2018-19 (milestone 70)', () => {
    const text = '10,000 leaders engaged in Leading for London; programme finishes September 2019';
    expect(monthsOutsideDue(text, due('Quarter 4, 2018-19'), 2018)).toEqual([
      { text: 'September 2019', month: ym(2019, 9) },
    ]);
  });

  it('recognises the abbreviation "Sept" as September', () => {
    const text = 'programme finishes Sept 2019';
    expect(monthsOutsideDue(text, due('Quarter 4, 2018-19'), 2018)).toEqual([
      { text: 'Sept 2019', month: ym(2019, 9) },
    ]);
    expect(findMonthMentions('runs to Sept. 2019', 2018)).toEqual([{ text: 'Sept. 2019', month: ym(2019, 9) }]);
    expect(findMonthMentions('starts in Sept', 2018)).toEqual([{ text: 'Sept', month: ym(2018, 9) }]);
  });

  it('does not flag June 2018 under "By Quarter 4, 2018-19", which has no start', () => {
    const text = 'Review use of DVPOs, DVPNs and Clare’s Law, with a first report in June 2018';
    expect(monthsOutsideDue(text, due('By Quarter 4, 2018-19'), 2018)).toEqual([]);
  });

  it('does flag a month after the deadline of a "By" milestone', () => {
    expect(monthsOutsideDue('review ends April 2019', due('By Quarter 4, 2018-19'), 2018)).toEqual([
      { text: 'April 2019', month: ym(2019, 4) },
    ]);
  });

  it('never flags a later month for an ongoing "From" milestone, only one before it starts', () => {
    const spec = due('From Quarter 2, 2018-19');
    expect(monthsOutsideDue('continuing to March 2021', spec, 2018)).toEqual([]);
    expect(monthsOutsideDue('piloted in June 2018, continuing to March 2021', spec, 2018)).toEqual([
      { text: 'June 2018', month: ym(2018, 6) },
    ]);
  });

  it('treats a month as inside a month or date due window when they overlap', () => {
    expect(monthsOutsideDue('launch in October', due('October 2018'), 2018)).toEqual([]);
    expect(monthsOutsideDue('launch in October', due('By 31 October 2018'), 2018)).toEqual([]);
    expect(monthsOutsideDue('launch in October', due('15 October 2018'), 2018)).toEqual([]);
    expect(monthsOutsideDue('launch in November', due('15 October 2018'), 2018)).toEqual([
      { text: 'November', month: ym(2018, 11) },
    ]);
  });
});

describe('reading month names', () => {
  it('takes a bare month to fall in the financial year given: April to December in its first year, January to March in the next', () => {
    expect(findMonthMentions('April, December and January', 2018)).toEqual([
      { text: 'April', month: ym(2018, 4) },
      { text: 'December', month: ym(2018, 12) },
      { text: 'January', month: ym(2019, 1) },
    ]);
    expect(findMonthMentions('by March', 2018)).toEqual([{ text: 'March', month: ym(2019, 3) }]);
  });

  it('lends the year of a range to its first month, whatever the dash or word joining them', () => {
    expect(findMonthMentions('the May–July 2018 peak', 2019).map((m) => m.month)).toEqual([ym(2018, 5), ym(2018, 7)]);
    expect(findMonthMentions('May-July 2018', 2019).map((m) => m.month)).toEqual([ym(2018, 5), ym(2018, 7)]);
    expect(findMonthMentions('May — July 2018', 2019).map((m) => m.month)).toEqual([ym(2018, 5), ym(2018, 7)]);
    expect(findMonthMentions('January to June 2018', 2019).map((m) => m.month)).toEqual([ym(2018, 1), ym(2018, 6)]);
    expect(findMonthMentions('October and December 2018', 2019).map((m) => m.month)).toEqual([
      ym(2018, 10),
      ym(2018, 12),
    ]);
  });

  it('puts the first month of a range that crosses New Year in the year before', () => {
    expect(findMonthMentions('November–January 2019', 2021).map((m) => m.month)).toEqual([ym(2018, 11), ym(2019, 1)]);
    expect(findMonthMentions('October 2018–March 2019', 2021).map((m) => m.month)).toEqual([ym(2018, 10), ym(2019, 3)]);
  });

  it('does not lend a year across words that are not a range', () => {
    expect(findMonthMentions('May, then the review in July 2019', 2018).map((m) => m.month)).toEqual([
      ym(2018, 5),
      ym(2019, 7),
    ]);
  });

  it('ignores words that only begin with a month name', () => {
    expect(findMonthMentions('The Mayor, Marching bands, a Junior officer, Decision, Augustine, Janet', 2018)).toEqual(
      [],
    );
  });

  it('never reads "may", "march" or any other lower-case word as a month', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...MONTH_NAMES.map((name) => name.toLowerCase()), 'sept', 'oct', 'dec', 'may'),
            fc.stringMatching(/^[a-z]{1,10}$/),
            fc.integer({ min: 1000, max: 9999 }).map(String),
          ),
          { maxLength: 30 },
        ),
        fc.integer({ min: 1990, max: 2100 }),
        (words, fy) => {
          expect(findMonthMentions(words.join(' '), fy)).toEqual([]);
        },
      ),
    );
  });
});

const SHORT_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month written the ways plans write it: "September", "Sep", "Sept.", with or without a year. */
const writtenMonth = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    form: fc.constantFrom('full', 'short', 'sept'),
    dot: fc.boolean(),
    year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
  })
  .map(({ month, form, dot, year }) => {
    const name =
      form === 'full' ? MONTH_NAMES[month - 1]! : form === 'sept' && month === 9 ? 'Sept' : SHORT_NAMES[month - 1]!;
    const written = `${name}${form !== 'full' && dot ? '.' : ''}${year === null ? '' : ` ${year}`}`;
    return { month, year, written };
  });

/** Filler that holds no month: lower-case words, never the range words "to" and "and". */
const fillerWords = fc.array(
  fc.oneof(fc.stringMatching(/^[a-z]{1,9}$/), fc.constantFrom('may', 'march', 'the', 'police')),
  { minLength: 1, maxLength: 4 },
);
const filler = fillerWords.filter((words) => !words.some((w) => w === 'to' || w === 'and')).map((w) => w.join(' '));

describe('month mention properties', () => {
  it('finds every capitalised month name put into filler text, in order, with the year it was given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, writtenMonth), { maxLength: 8 }),
        filler,
        fc.integer({ min: 1990, max: 2100 }),
        (pieces, tail, fy) => {
          const text = [...pieces.flatMap(([words, month]) => [words, month.written]), tail].join(' ');
          const found = findMonthMentions(text, fy);
          expect(found.map((mention) => mention.text)).toEqual(
            pieces.map(([, month]) => month.written.replace(/\.$/, '')),
          );
          found.forEach((mention, index) => {
            const [, written] = pieces[index]!;
            const expectedYear = written.year ?? (written.month >= 4 ? fy : fy + 1);
            expect(mention.month).toEqual({ year: expectedYear, month: written.month });
          });
        },
      ),
    );
  });

  const quarter = fc
    .record({ startYear: fc.integer({ min: 1990, max: 2100 }), quarter: fc.constantFrom<QuarterNumber>(1, 2, 3, 4) })
    .map(({ startYear, quarter: n }): FinancialQuarter => ({ financialYear: { startYear }, quarter: n }));

  it('never flags a month inside the window of an "in" quarter, with or without its year', () => {
    fc.assert(
      fc.property(quarter, fc.integer({ min: 0, max: 2 }), fc.boolean(), filler, (q, offset, withYear, words) => {
        const month = addMonths(firstMonthOfQuarter(q), offset);
        const name = withYear ? formatMonthName(month) : MONTH_NAMES[month.month - 1]!;
        const spec: DueSpec = { mode: 'in', anchor: { kind: 'quarter', quarter: q } };
        expect(monthsOutsideDue(`${words} ${name} ${words}`, spec, q.financialYear.startYear)).toEqual([]);
      }),
    );
  });

  it('always flags a dated month outside the window of an "in" quarter span', () => {
    fc.assert(
      fc.property(
        quarter,
        fc.integer({ min: 0, max: 3 }),
        fc.oneof(fc.integer({ min: -40, max: -1 }), fc.integer({ min: 1, max: 40 })),
        (from, extra, monthsAway) => {
          const to: FinancialQuarter = {
            financialYear: { startYear: from.financialYear.startYear + Math.floor((from.quarter - 1 + extra) / 4) },
            quarter: (((from.quarter - 1 + extra) % 4) + 1) as QuarterNumber,
          };
          const spec: DueSpec = {
            mode: 'in',
            anchor: extra === 0 ? { kind: 'quarter', quarter: from } : { kind: 'quarters', from, to },
          };
          const outside =
            monthsAway < 0
              ? addMonths(firstMonthOfQuarter(from), monthsAway)
              : addMonths(firstMonthOfQuarter(to), 2 + monthsAway);
          const text = `work finishes ${formatMonthName(outside)} as planned`;
          expect(monthsOutsideDue(text, spec, from.financialYear.startYear)).toEqual([
            { text: formatMonthName(outside), month: outside },
          ]);
        },
      ),
    );
  });

  it('never flags a month before the deadline of a "By" milestone, however early', () => {
    fc.assert(
      fc.property(quarter, fc.integer({ min: 0, max: 120 }), (q, monthsBefore) => {
        const month = addMonths(firstMonthOfQuarter(q), 2 - monthsBefore);
        const spec: DueSpec = { mode: 'by', anchor: { kind: 'quarter', quarter: q } };
        expect(monthsOutsideDue(`started ${formatMonthName(month)}`, spec, q.financialYear.startYear)).toEqual([]);
      }),
    );
  });
});
