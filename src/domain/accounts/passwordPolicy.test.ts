import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './passwordPolicy.js';

describe('the password policy', () => {
  it('accepts three random words without any composition rule', () => {
    expect(passwordProblem('harbour kettle violet', 'asmith')).toBeNull();
  });

  it('refuses short, common, repetitive and name-bearing passwords with a reason', () => {
    expect(passwordProblem('short', 'asmith')).toMatch(/at least 12 characters/);
    expect(passwordProblem('Password1234', 'asmith')).toMatch(/too common/);
    expect(passwordProblem('aaaaaaaaaaaaaaa', 'asmith')).toMatch(/too few characters/);
    expect(passwordProblem('asmith-is-my-name', 'asmith')).toMatch(/user name/);
    expect(passwordProblem('x'.repeat(257), 'asmith')).toMatch(/at most 256/);
  });

  it('refuses every password shorter than the minimum, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: MIN_PASSWORD_LENGTH - 1 }), (password) => {
        expect(passwordProblem(password, 'someone')).not.toBeNull();
      }),
    );
  });
});
