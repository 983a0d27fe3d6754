/** The callers the authorisation matrix tries every route as, and the answers it expects of them. */
export const CALLERS = [
  'anonymous',
  'viewer',
  'reviewer',
  'ownerInScope',
  'ownerOutOfScope',
  'performance',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];
export type Outcomes = Record<Caller, number>;

export const everyone = (status: number): Outcomes =>
  Object.fromEntries(CALLERS.map((caller) => [caller, status])) as Outcomes;

export const signedIn = (status: number): Outcomes => ({ ...everyone(status), anonymous: 401 });

/** 200 for the callers named, 403 for every other signed-in caller, 401 for the public. */
export const allowedFor = (allowed: readonly Caller[]): Outcomes =>
  Object.fromEntries(CALLERS.map((c) => [c, c === 'anonymous' ? 401 : allowed.includes(c) ? 200 : 403])) as Outcomes;

export interface MatrixEntry {
  readonly url: string;
  readonly body?: object;
  readonly expected: Outcomes;
}
