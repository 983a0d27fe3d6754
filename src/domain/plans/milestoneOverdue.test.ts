import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addQuarters,
  compareDates,
  dateFromDayNumber,
  dayNumber,
  dueDeadline,
  quarterOfDate,
  quarterStart,
} from '../calendar/index.js';
import { isDueByAndOpen, isOverdueOn, wasOverdueAtPublication } from './milestoneProgress.js';

import {
  q,
  due,
  report,
  timeline,
  deadlineDue,
  closingCategory,
  openCategory,
} from '../../../test/support/milestoneProgressFixtures.js';

describe('overdue on a date', () => {
  const q1 = due('Quarter 1, 2018-19');

  it('is overdue from the day after its deadline while nothing closes it', () => {
    expect(isOverdueOn(timeline(q1), '2018-06-30')).toBe(false);
    expect(isOverdueOn(timeline(q1), '2018-07-01')).toBe(true);
    expect(isOverdueOn(timeline(q1, report(q(2018, 1), 'delayed'), report(q(2018, 2), 'on-track')), '2019-01-01')).toBe(
      true,
    );
  });

  it('is not overdue after being delivered or withdrawn in its own quarter', () => {
    expect(isOverdueOn(timeline(q1, report(q(2018, 1), 'delivered')), '2018-07-01')).toBe(false);
    expect(isOverdueOn(timeline(q1, report(q(2018, 1), 'withdrawn')), '2019-03-31')).toBe(false);
  });

  it('counts a delivery reported for Q3 from the first day of Q3, so it is overdue only in Q2', () => {
    const t = timeline(q1, report(q(2018, 2), 'delayed'), report(q(2018, 3), 'delivered'));
    expect(isOverdueOn(t, '2018-07-01')).toBe(true);
    expect(isOverdueOn(t, '2018-09-30')).toBe(true);
    expect(isOverdueOn(t, '2018-10-01')).toBe(false);
    expect(isOverdueOn(t, '2019-06-01')).toBe(false);
    // Delivered in Q2, the quarter that starts the day after its deadline: never overdue.
    expect(isOverdueOn(timeline(q1, report(q(2018, 2), 'delivered')), '2018-07-01')).toBe(false);
  });

  it('judges against the revised deadline', () => {
    const t = timeline(q1, report(q(2018, 1), 'delayed', due('Quarter 3, 2018-19')));
    expect(isOverdueOn(t, '2018-08-15')).toBe(false);
    expect(isOverdueOn(t, '2018-12-31')).toBe(false);
    expect(isOverdueOn(t, '2019-01-01')).toBe(true);
  });

  it('never calls an ongoing "From" milestone overdue', () => {
    expect(isOverdueOn(timeline(due('From Quarter 1')), '2030-01-01')).toBe(false);
  });

  it('is overdue exactly after the deadline and before the first day of the quarter that closed it', () => {
    fc.assert(
      fc.property(
        deadlineDue,
        fc.option(fc.tuple(closingCategory, fc.integer({ min: -3, max: 8 })), { nil: null }),
        fc.integer({ min: -200, max: 1000 }),
        (spec, closing, daysAfter) => {
          const deadline = dueDeadline(spec)!;
          const closedIn = closing === null ? null : addQuarters(quarterOfDate(deadline), closing[1]);
          const t =
            closing === null || closedIn === null ? timeline(spec) : timeline(spec, report(closedIn, closing[0]));
          const date = addDays(deadline, daysAfter);
          const expected = daysAfter > 0 && (closedIn === null || compareDates(date, quarterStart(closedIn)) < 0);
          expect(isOverdueOn(t, date)).toBe(expected);
        },
      ),
    );
  });
});

describe('due by a quarter and still open', () => {
  const q2 = due('Quarter 2, 2018-19');

  it('counts a milestone from its deadline quarter onward while it is open', () => {
    expect(isDueByAndOpen(timeline(q2), q(2018, 1))).toBe(false);
    expect(isDueByAndOpen(timeline(q2), q(2018, 2))).toBe(true);
    expect(isDueByAndOpen(timeline(q2, report(q(2018, 2), 'delayed')), q(2018, 4))).toBe(true);
  });

  it('stops counting it in the quarter it is delivered or withdrawn', () => {
    const delivered = timeline(q2, report(q(2018, 2), 'delivered'));
    expect(isDueByAndOpen(delivered, q(2018, 2))).toBe(false);
    expect(isDueByAndOpen(delivered, q(2018, 3))).toBe(false);
    const withdrawnLate = timeline(q2, report(q(2018, 2), 'delayed'), report(q(2018, 4), 'withdrawn'));
    expect(isDueByAndOpen(withdrawnLate, q(2018, 3))).toBe(true);
    expect(isDueByAndOpen(withdrawnLate, q(2018, 4))).toBe(false);
  });

  it('places a date deadline in the quarter that holds it, at either edge of the quarter', () => {
    expect(isDueByAndOpen(timeline(due('30 September 2018')), q(2018, 2))).toBe(true);
    expect(isDueByAndOpen(timeline(due('1 October 2018')), q(2018, 2))).toBe(false);
    expect(isDueByAndOpen(timeline(due('1 October 2018')), q(2018, 3))).toBe(true);
    expect(isDueByAndOpen(timeline(due('By Quarter 4, 2018-19')), q(2018, 3))).toBe(false);
    expect(isDueByAndOpen(timeline(due('By Quarter 4, 2018-19')), q(2018, 4))).toBe(true);
  });

  it('uses the revised deadline and never counts an ongoing milestone', () => {
    const revised = timeline(q2, report(q(2018, 2), 'delayed', due('Quarter 4, 2018-19')));
    expect(isDueByAndOpen(revised, q(2018, 3))).toBe(false);
    expect(isDueByAndOpen(revised, q(2018, 4))).toBe(true);
    expect(isDueByAndOpen(timeline(due('From Quarter 1')), q(2020, 4))).toBe(false);
  });

  it('holds for an open milestone exactly from the quarter of its deadline onward', () => {
    fc.assert(
      fc.property(
        deadlineDue,
        fc.integer({ min: -8, max: 8 }),
        fc.array(openCategory, { maxLength: 4 }),
        (spec, offset, cats) => {
          const deadlineQuarter = quarterOfDate(dueDeadline(spec)!);
          const t = timeline(spec, ...cats.map((c, i) => report(addQuarters(deadlineQuarter, i - 2), c)));
          expect(isDueByAndOpen(t, addQuarters(deadlineQuarter, offset))).toBe(offset >= 0);
        },
      ),
    );
  });
});

describe('overdue when the plan was published', () => {
  const q1 = due('Quarter 1, 2018-19');

  it('calls a Quarter 1, 2018-19 milestone overdue in a plan published on 1 July 2018', () => {
    expect(wasOverdueAtPublication(q1, '2018-07-01')).toBe(true);
  });

  it('does not call it overdue in a plan published on its last day, 30 June 2018', () => {
    expect(wasOverdueAtPublication(q1, '2018-06-30')).toBe(false);
    expect(wasOverdueAtPublication(q1, '2018-04-01')).toBe(false);
  });

  it('says nothing for a plan not yet published', () => {
    expect(wasOverdueAtPublication(q1, null)).toBe(false);
  });

  it('never calls a "From Quarter 1" milestone overdue, whenever the plan is published', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('2018-04-01'), max: dayNumber('2099-12-31') }), (n) => {
        expect(wasOverdueAtPublication(due('From Quarter 1'), dateFromDayNumber(n))).toBe(false);
      }),
    );
  });
});
