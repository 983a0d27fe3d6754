import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readinessOf } from './readiness.js';

const response = fc
  .record({
    outstanding: fc.nat(20),
    awaitingDecision: fc.nat(20),
    overdueFindings: fc.nat(20),
    overdueActions: fc.nat(20),
    withoutAction: fc.nat(20),
  })
  .map((r) => ({
    ...r,
    awaitingDecision: Math.min(r.awaitingDecision, r.outstanding),
    overdueFindings: Math.min(r.overdueFindings, r.outstanding),
    withoutAction: Math.min(r.withoutAction, r.outstanding),
  }));

describe('readiness for re-inspection', () => {
  it('is "not ready" exactly when something is overdue, and "ready" only when nothing is outstanding', () => {
    fc.assert(
      fc.property(response, (r) => {
        const { verdict, reasons } = readinessOf(r);
        if (r.overdueFindings + r.overdueActions > 0) expect(verdict).toBe('not-ready');
        else if (r.outstanding > 0) expect(verdict).toBe('work-outstanding');
        else expect(verdict).toBe('ready');
        expect(reasons.length === 0).toBe(r.outstanding === 0 && r.overdueActions === 0);
      }),
    );
  });

  it('gives the most serious reason first, in plain words', () => {
    const { reasons } = readinessOf({
      outstanding: 3,
      awaitingDecision: 1,
      overdueFindings: 1,
      overdueActions: 2,
      withoutAction: 1,
    });
    expect(reasons).toEqual([
      '1 finding is past the due date',
      '2 actions are overdue',
      '1 finding has no action or milestone against it',
      '1 finding awaits a decision on its evidence',
      '2 findings are still being worked on',
    ]);
  });
});
