import type { Polarity, SeriesSignal, Tone } from './measureTypes.js';

/** The measure's polarity in the plan's own words. */
export const POLARITY_WORDS: Readonly<Record<Polarity, string>> = {
  'lower-is-better': 'Lower is better',
  'higher-is-better': 'Higher is better',
  'increase-in-reporting-wanted': 'An increase in reporting is wanted',
  'context-only': 'Context only',
};

/** What the polarity means for how a change is judged. */
export const POLARITY_MEANING: Readonly<Record<Polarity, string>> = {
  'lower-is-better': 'A statistically significant fall is an improvement; a significant rise is a deterioration.',
  'higher-is-better': 'A statistically significant rise is an improvement; a significant fall is a deterioration.',
  'increase-in-reporting-wanted':
    'More victims coming forward is wanted, so a significant rise in reporting is welcome and a significant fall is a concern.',
  'context-only': 'Changes are described for context and never judged as better or worse.',
};

/** The tag colour for a verdict's tone, which the API gives: never from a bare comparison. */
export const TONE_TAG: Readonly<Record<Tone, string>> = {
  positive: 'govuk-tag--green',
  negative: 'govuk-tag--red',
  neutral: 'govuk-tag--grey',
};

/** The financial year a month falls in: "2016-03" → "2015-16". */
export function financialYearOf(code: string): string {
  const [year = 0, month = 1] = code.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

function signalWords({ rule, direction }: SeriesSignal): string {
  if (rule === 'outside-limits') return direction === 'above' ? 'Above the upper limit' : 'Below the lower limit';
  if (rule === 'run')
    return direction === 'above' ? 'In a run above the centre line' : 'In a run below the centre line';
  return direction === 'increasing' ? 'In a rising trend' : 'In a falling trend';
}

/** Each month's special-cause signals in words, keyed by the month's index in the series. */
export function signalsByIndex(signals: readonly SeriesSignal[]): Map<number, string[]> {
  const byIndex = new Map<number, string[]>();
  for (const signal of signals) {
    for (const index of signal.indexes) byIndex.set(index, [...(byIndex.get(index) ?? []), signalWords(signal)]);
  }
  return byIndex;
}
