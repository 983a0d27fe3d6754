import type { Polarity } from '../measure.js';
import type { ChangeDirection } from './countChange.js';

/**
 * The verdict on a change, honouring the measure's polarity. Only a statistically significant
 * change is judged at all; a bare difference between two numbers never is.
 */
export const VERDICTS = [
  'significant-improvement',
  'no-significant-change',
  'significant-deterioration',
  'significant-increase-in-reporting-wanted',
  'significant-decrease-in-reporting',
  'significant-change-context-only',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How a verdict reads to a person: good news, a concern, or neither. */
export type VerdictTone = 'positive' | 'negative' | 'neutral';

const LABELS: Readonly<Record<Verdict, string>> = {
  'significant-improvement': 'Significant improvement',
  'no-significant-change': 'No significant change',
  'significant-deterioration': 'Significant deterioration',
  'significant-increase-in-reporting-wanted': 'Significant increase in reporting, which is wanted',
  'significant-decrease-in-reporting': 'Significant decrease in reporting, a concern when more reporting is wanted',
  'significant-change-context-only': 'Significant change, shown for context and not judged',
};

const TONES: Readonly<Record<Verdict, VerdictTone>> = {
  'significant-improvement': 'positive',
  'no-significant-change': 'neutral',
  'significant-deterioration': 'negative',
  'significant-increase-in-reporting-wanted': 'positive',
  'significant-decrease-in-reporting': 'negative',
  'significant-change-context-only': 'neutral',
};

export interface VerdictInput {
  readonly polarity: Polarity;
  readonly direction: ChangeDirection;
  readonly significant: boolean;
}

/**
 * lower-is-better: down is an improvement, up a deterioration. higher-is-better: the reverse.
 * increase-in-reporting-wanted (domestic abuse, hate crime): up is the direction wanted; down is
 * a fall in reporting, a concern in its own words, never "crime up". context-only: a change is
 * described, never judged.
 */
export function verdictFor({ polarity, direction, significant }: VerdictInput): Verdict {
  if (!significant || direction === 'same') return 'no-significant-change';
  switch (polarity) {
    case 'lower-is-better':
      return direction === 'down' ? 'significant-improvement' : 'significant-deterioration';
    case 'higher-is-better':
      return direction === 'up' ? 'significant-improvement' : 'significant-deterioration';
    case 'increase-in-reporting-wanted':
      return direction === 'up' ? 'significant-increase-in-reporting-wanted' : 'significant-decrease-in-reporting';
    case 'context-only':
      return 'significant-change-context-only';
  }
}

/** The plain-English label ("Significant improvement"). */
export function verdictLabel(verdict: Verdict): string {
  return LABELS[verdict];
}

export function verdictTone(verdict: Verdict): VerdictTone {
  return TONES[verdict];
}

/** True for every verdict except "no significant change". */
export function isSignificantVerdict(verdict: Verdict): boolean {
  return verdict !== 'no-significant-change';
}
