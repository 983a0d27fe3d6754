import type { IsoDate } from '../calendar/index.js';
import type { WardRole } from './wardPosts.js';

/**
 * Why an officer was taken off their ward. A fixed list keeps returns from different boroughs
 * comparable; anything else is "other" with a note.
 */
export const ABSTRACTION_REASONS = ['aid', 'court', 'training', 'response-cover', 'other'] as const;
export type AbstractionReason = (typeof ABSTRACTION_REASONS)[number];

export const ABSTRACTION_REASON_LABELS: Readonly<Record<AbstractionReason, string>> = {
  aid: 'Aid to other areas and events',
  court: 'Court',
  training: 'Training',
  'response-cover': 'Response cover',
  other: 'Other',
};

const REASON_SPELLINGS: Readonly<Record<string, AbstractionReason>> = {
  aid: 'aid',
  events: 'aid',
  'aid to other areas': 'aid',
  'aid to other areas and events': 'aid',
  'aid to other areas / events': 'aid',
  court: 'court',
  training: 'training',
  'response cover': 'response-cover',
  'response-cover': 'response-cover',
  response: 'response-cover',
  other: 'other',
};

export function parseAbstractionReason(text: string): AbstractionReason | null {
  return REASON_SPELLINGS[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** One officer taken away from their ward for a number of hours on a day. */
export interface Abstraction {
  readonly wardCode: string;
  readonly role: WardRole;
  readonly date: IsoDate;
  readonly hours: number;
  readonly reason: AbstractionReason;
  readonly note: string | null;
  readonly synthetic: boolean;
}

/** A single abstraction longer than a day's shifts is a mistake in the return. */
const MAX_ABSTRACTION_HOURS = 24;

export interface AbstractionSummary {
  readonly records: number;
  readonly hours: number;
  readonly byRole: Readonly<Record<WardRole, number>>;
  readonly byReason: Readonly<Record<AbstractionReason, number>>;
}

const zeroReasons = (): Record<AbstractionReason, number> => ({
  aid: 0,
  court: 0,
  training: 0,
  'response-cover': 0,
  other: 0,
});

/** Hours lost to each reason and role; hours are kept to the quarter-hour, so sums stay exact. */
export function summariseAbstractions(records: readonly Abstraction[]): AbstractionSummary {
  const byReason = zeroReasons();
  const byRole: Record<WardRole, number> = { dwo: 0, pcso: 0 };
  let hours = 0;
  for (const record of records) {
    hours += record.hours;
    byReason[record.reason] += record.hours;
    byRole[record.role] += record.hours;
  }
  return { records: records.length, hours, byRole, byReason };
}

/** Hours must be positive, at most a day, and in quarter-hours as duty systems record them. */
export function hoursProblem(hours: number): string | null {
  if (!Number.isFinite(hours) || hours <= 0) return 'must be a number of hours greater than 0';
  if (hours > MAX_ABSTRACTION_HOURS) return `must be at most ${MAX_ABSTRACTION_HOURS} hours for one record`;
  if (!Number.isInteger(hours * 4)) return 'must be in quarter-hours, such as 7.5 or 3.25';
  return null;
}
