/**
 * Personal API tokens: read-only keys an analyst's tool (Power BI, R, Python) sends as
 * `Authorization: Bearer …` to read what its owner may read. The prefix makes a leaked token
 * recognisable to secret scanners and to people; the rest is the secret.
 */
export const API_TOKEN_PREFIX = 'blp_';
/** 32 random bytes in base64url, without padding. */
const SECRET_LENGTH = 43;
const TOKEN_PATTERN = new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{${SECRET_LENGTH}}$`);

/** A token lives 90 days unless its owner asks otherwise, and never more than a year. */
export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_NAME_MAX = 100;

export type ApiTokenState = 'active' | 'expired' | 'revoked';

/** Whether a string has a token's shape; anything else is refused before the database is asked. */
export function looksLikeApiToken(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}

export function apiTokenLifetimeProblem(days: number): string | null {
  if (!Number.isInteger(days) || days < 1 || days > API_TOKEN_MAX_DAYS) {
    return `A token lasts a whole number of days from 1 to ${API_TOKEN_MAX_DAYS}.`;
  }
  return null;
}

export function apiTokenNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the token a name that says what uses it, such as "Power BI tracker".';
  if (trimmed.length > API_TOKEN_NAME_MAX) return `A token's name has at most ${API_TOKEN_NAME_MAX} characters.`;
  return null;
}

/** When a token made at `now` to last `days` days stops working. */
export function apiTokenExpiry(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

/** Revocation outranks expiry: a revoked token says so even after its date has passed. */
export function apiTokenState(token: { expiresAt: string; revokedAt: string | null }, now: string): ApiTokenState {
  if (token.revokedAt !== null) return 'revoked';
  return token.expiresAt <= now ? 'expired' : 'active';
}
