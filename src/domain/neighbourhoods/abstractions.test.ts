import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABSTRACTION_REASONS,
  hoursProblem,
  parseAbstractionReason,
  summariseAbstractions,
  type Abstraction,
} from './abstractions.js';
import { latestPostsOn, parseWardRole, type WardPost } from './wardPosts.js';

const abstraction = fc.record({
  wardCode: fc.constantFrom('a', 'b'),
  role: fc.constantFrom('dwo' as const, 'pcso' as const),
  date: fc.constant('2018-10-01'),
  hours: fc.integer({ min: 1, max: 96 }).map((quarters) => quarters / 4),
  reason: fc.constantFrom(...ABSTRACTION_REASONS),
  note: fc.constant(null),
  synthetic: fc.boolean(),
});

describe('abstractions of ward officers', () => {
  it('adds hours up by reason and by role to the same total', () => {
    fc.assert(
      fc.property(fc.array(abstraction, { maxLength: 50 }), (records: Abstraction[]) => {
        const summary = summariseAbstractions(records);
        const byReason = Object.values(summary.byReason).reduce((a, b) => a + b, 0);
        expect(byReason).toBe(summary.hours);
        expect(summary.byRole.dwo + summary.byRole.pcso).toBe(summary.hours);
        expect(summary.records).toBe(records.length);
      }),
    );
  });

  it('reads the reasons as people write them and refuses one not on the list', () => {
    expect(parseAbstractionReason('Aid to other areas / events')).toBe('aid');
    expect(parseAbstractionReason(' response  cover ')).toBe('response-cover');
    expect(parseAbstractionReason('Court')).toBe('court');
    expect(parseAbstractionReason('holiday')).toBeNull();
  });

  it('accepts hours in quarter-hours up to a day', () => {
    expect(hoursProblem(7.5)).toBeNull();
    expect(hoursProblem(0)).toMatch(/greater than 0/);
    expect(hoursProblem(25)).toMatch(/at most 24/);
    expect(hoursProblem(1.1)).toMatch(/quarter-hours/);
  });
});

describe('ward posts over time', () => {
  const post = (asAt: string, actual: number): WardPost => ({
    wardCode: 'barnet-ward-1',
    role: 'pcso',
    asAt,
    establishment: 1,
    actual,
    synthetic: false,
  });

  it('uses the latest figures stated on or before the day asked about, keeping earlier ones', () => {
    const history = [post('2018-09-30', 0), post('2018-12-31', 1), post('2018-06-30', 1)];
    expect(latestPostsOn(history, '2018-10-15')).toEqual([post('2018-09-30', 0)]);
    expect(latestPostsOn(history, '2019-01-01')).toEqual([post('2018-12-31', 1)]);
    expect(latestPostsOn(history, '2018-01-01')).toEqual([]);
  });

  it('reads the role as DWO or PCSO however the spreadsheet spells it', () => {
    expect(parseWardRole('Dedicated Ward Officer')).toBe('dwo');
    expect(parseWardRole('DWO')).toBe('dwo');
    expect(parseWardRole('police community support officer')).toBe('pcso');
    expect(parseWardRole('Sergeant')).toBeNull();
  });
});
