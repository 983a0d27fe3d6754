import { describe, expect, it } from 'vitest';
import { judgeChange } from './judgeChange.js';

describe('judging a change in a count', () => {
  it('calls a real fall in crime better, and gives its exact test', () => {
    const judged = judgeChange({ current: 800, previous: 1000 }, 'lower-is-better');
    expect(judged).toMatchObject({ current: 800, previous: 1000, changePercent: -20, significant: true });
    expect(judged.verdict).toBe('significant-improvement');
    expect(judged.tone).toBe('positive');
    expect(judged.ratio).toBeCloseTo(0.8, 10);
    expect(judged.interval.lower).toBeLessThan(0.8);
    expect(judged.interval.upper).toBeGreaterThan(0.8);
    expect(judged.interval.upper).toBeLessThan(1);
  });

  it('does not colour a change that could be noise', () => {
    const judged = judgeChange({ current: 11, previous: 10 }, 'lower-is-better');
    expect(judged.significant).toBe(false);
    expect(judged.tone).toBe('neutral');
  });

  it('reads a rise as better where more reporting is wanted', () => {
    expect(judgeChange({ current: 300, previous: 200 }, 'increase-in-reporting-wanted').tone).toBe('positive');
  });

  it('keeps an unbounded ratio when there was nothing before, and none when there is nothing at all', () => {
    const fromNothing = judgeChange({ current: 5, previous: 0 }, 'lower-is-better');
    expect(fromNothing.ratio).toBe(Infinity);
    expect(fromNothing.interval.upper).toBe(Infinity);
    expect(fromNothing.changePercent).toBeNull();
    expect(judgeChange({ current: 0, previous: 0 }, 'lower-is-better').ratio).toBeNull();
  });
});
