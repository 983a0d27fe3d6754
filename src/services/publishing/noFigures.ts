import { addQuarters, formatPeriod, formatQuarterShort, type FinancialQuarter } from '../../domain/calendar/index.js';
import type { BluelampProblem } from '../../domain/errors.js';

/**
 * The period a "no value" problem of a quarter-on-year-before comparison names: the quarter a
 * year before when the sentence names that one, else the quarter itself. Reports and packs say
 * "no figures for" that period, so a missing figure never reads as "no change".
 */
export function missingPeriod(problem: BluelampProblem, quarter: FinancialQuarter): string {
  const against = addQuarters(quarter, -4);
  // Each period has figures, but from different sources, which are never compared as a change.
  if (problem.message.startsWith('No one source gives')) {
    return `${formatQuarterShort(quarter)} and ${formatQuarterShort(against)} from one source`;
  }
  const words = formatPeriod({ kind: 'quarter', quarter: against });
  return formatQuarterShort(problem.message.includes(` in ${words}`) ? against : quarter);
}

/** The sentence a report gives in place of a verdict for a measure with no figures. */
export function noFiguresSentence(measureName: string, period: string): string {
  return `${measureName}: no figures for ${period}, so no verdict.`;
}
