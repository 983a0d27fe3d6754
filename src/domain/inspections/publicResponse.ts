import { parseIsoDate } from '../calendar/index.js';

/**
 * What the public reads of the force's response to a finding. The moves, notes and evidence are
 * working papers; the performance team writes a summary for the public and publishes it with a
 * date. Until then the public is told plainly that nothing has been published.
 */

export const PUBLIC_SUMMARY_MAX = 4000;

export const NO_PUBLIC_RESPONSE = 'The force has not yet published its response to this finding.';

/** How a public answer names whoever acted for the force: never an account's sign-in name. */
export const PUBLIC_ACTOR_NAME = 'the performance team';

/** Why a summary cannot be published as given, naming the field, or null when it can. */
export function publicSummaryProblem(
  summary: string,
  publishedOn: string,
  today: string,
): { readonly field: 'summary' | 'publishedOn'; readonly problem: string } | null {
  const text = summary.trim();
  if (text === '') return { field: 'summary', problem: 'write the summary the public will read' };
  if (text.length > PUBLIC_SUMMARY_MAX) {
    return {
      field: 'summary',
      problem: `the summary must be at most ${PUBLIC_SUMMARY_MAX.toLocaleString('en-GB')} characters`,
    };
  }
  if (parseIsoDate(publishedOn) === null) {
    return { field: 'publishedOn', problem: `the date must be a real date such as 2020-03-31, not "${publishedOn}"` };
  }
  if (publishedOn > today)
    return { field: 'publishedOn', problem: 'a summary cannot be published on a day still to come' };
  return null;
}
