import { describe, expect, it } from 'vitest';
import { changeGap } from './changeGap.js';

describe("one group's change against another's", () => {
  it('finds a borough whose crime fell while the rest of London rose', () => {
    const gap = changeGap({ current: 400, previous: 500 }, { current: 11_000, previous: 10_000 });
    expect(gap).toMatchObject({ significant: true, test: 'ratio of rate ratios (Woolf)' });
    expect(gap?.ratio).toBeCloseTo(0.8 / 1.1, 10);
  });

  it('says nothing where a group had no offences at all', () => {
    expect(changeGap({ current: 0, previous: 0 }, { current: 10, previous: 12 })).toBeNull();
    expect(changeGap({ current: 10, previous: 12 }, { current: 0, previous: 0 })).toBeNull();
  });
});
