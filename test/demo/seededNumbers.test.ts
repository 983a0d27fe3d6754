import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, generator } from '../../demo/seededNumbers.js';

describe('the numbers the demo generates where no public source exists', () => {
  it('splits a total into whole parts that add up to it, each within one of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((part, i) => {
            expect(Number.isInteger(part)).toBe(true);
            expect(Math.abs(part - (total * (weights[i] ?? 0)) / sum)).toBeLessThan(1);
          });
        },
      ),
    );
  });

  it('draws the same sequence from the same seed, in [0, 1), and another from another seed', () => {
    const first = generator(629);
    const again = generator(629);
    const other = generator(630);
    const a = Array.from({ length: 100 }, first);
    expect(Array.from({ length: 100 }, again)).toEqual(a);
    expect(Array.from({ length: 100 }, other)).not.toEqual(a);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
