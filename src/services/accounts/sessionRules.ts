import { createHash } from 'node:crypto';
import { sessionLengths } from '../system/configuration.js';

const lengths = sessionLengths();
export const SESSION_IDLE_MINUTES = lengths.idleMinutes;
export const SESSION_ABSOLUTE_HOURS = lengths.absoluteHours;
/** Failed sign-ins allowed per user name, and per client address, within the window. */
export const FAILURES_PER_USERNAME = 5;
export const FAILURES_PER_CLIENT = 20;
export const FAILURE_WINDOW_MINUTES = 15;

/** Sessions are kept by the hash of their token, so a copy of the database opens no session. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** An ISO timestamp, since sessions and failures are stored and compared as text. */
export function minutesAgo(now: Date, minutes: number): string {
  return new Date(now.getTime() - minutes * 60_000).toISOString();
}
