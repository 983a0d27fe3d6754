import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusCountRows } from './quarterlyReport.js';

const status = fc.constantFrom('delivered', 'on-track', 'some-delay', null);

describe('the annex of status counts', () => {
  it('counts each group’s entries and, in the total, each milestone once however many groups it is in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ status, leads: fc.uniqueArray(fc.constantFrom('FP', 'HR', 'DP'), { minLength: 1 }) })),
        (milestones) => {
          const entries = milestones.flatMap((m) => m.leads.map((lead) => ({ group: lead, status: m.status })));
          const rows = statusCountRows(entries, milestones, 'All');
          const total = rows.at(-1);
          expect(total?.label).toBe('All');
          expect(total?.total).toBe(milestones.length);
          for (const row of rows.slice(0, -1)) {
            expect(row.total).toBe(entries.filter((e) => e.group === row.label).length);
            expect(Object.values(row.counts).reduce((a, b) => a + b, 0)).toBe(row.total);
          }
        },
      ),
    );
  });

  it('counts a milestone without a published update under "none"', () => {
    expect(statusCountRows([{ group: 'FP', status: null }], [{ status: null }], 'All')).toEqual([
      { label: 'FP', counts: { none: 1 }, total: 1 },
      { label: 'All', counts: { none: 1 }, total: 1 },
    ]);
  });
});
