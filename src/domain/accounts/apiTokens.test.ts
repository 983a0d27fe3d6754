import { describe, expect, it } from 'vitest';
import {
  apiTokenExpiry,
  apiTokenLifetimeProblem,
  apiTokenNameProblem,
  apiTokenState,
  looksLikeApiToken,
} from './apiTokens.js';

describe('personal API tokens', () => {
  it('recognise only the blp_ prefix followed by 43 base64url characters', () => {
    expect(looksLikeApiToken(`blp_${'a-_Z9'.repeat(8)}abc`)).toBe(true);
    expect(looksLikeApiToken(`blp_${'a'.repeat(42)}`)).toBe(false);
    expect(looksLikeApiToken(`xyz_${'a'.repeat(43)}`)).toBe(false);
    expect(looksLikeApiToken(`blp_${'a'.repeat(42)}=`)).toBe(false);
  });

  it('last from 1 to 365 whole days, and need a name of at most 100 characters', () => {
    expect([0, 1, 365, 366, 1.5].map((days) => apiTokenLifetimeProblem(days) === null)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(apiTokenNameProblem('  ')).toContain('Give the token a name');
    expect(apiTokenNameProblem('x'.repeat(101))).toContain('at most 100');
    expect(apiTokenExpiry(new Date('2026-01-01T00:00:00.000Z'), 90)).toBe('2026-04-01T00:00:00.000Z');
  });

  it('say revoked before expired, and expire at the very moment their date is reached', () => {
    const expiresAt = '2026-04-01T00:00:00.000Z';
    expect(apiTokenState({ expiresAt, revokedAt: null }, '2026-03-31T23:59:59.999Z')).toBe('active');
    expect(apiTokenState({ expiresAt, revokedAt: null }, expiresAt)).toBe('expired');
    expect(apiTokenState({ expiresAt, revokedAt: '2026-02-01T00:00:00.000Z' }, '2027-01-01T00:00:00.000Z')).toBe(
      'revoked',
    );
  });
});
