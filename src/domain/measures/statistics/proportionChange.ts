import type { Polarity } from '../measure.js';
import type { Interval } from './binomialTest.js';
import type { ChangeDirection } from './countChange.js';
import { twoProportionTest, wilsonInterval } from './proportions.js';
import { verdictFor, verdictLabel, verdictTone, type Verdict, type VerdictTone } from './verdict.js';

/**
 * A published percentage as an observation carries it: the value (0 to 100) and, where the
 * survey gives them, the count answering yes, the base it is a share of, the number interviewed
 * and the design effect. The base may be weighted, so it need not equal the number interviewed.
 */
export interface ProportionFigure {
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly sampleSize: number | null;
  readonly designEffect: number | null;
}

/** One side of a comparison, in percentages (0 to 100). */
export interface ProportionSide {
  readonly percent: number;
  /** The number interviewed; the base stands in where the survey gives no sample size. Null if neither. */
  readonly sampleSize: number | null;
  /** The design effect used: the published one, or 1 (simple random sampling) where none is published. */
  readonly designEffect: number;
  readonly designEffectPublished: boolean;
  /** sampleSize / designEffect; null without a sample size. */
  readonly effectiveSampleSize: number | null;
  /** The Wilson 95% interval in percent, on the effective sample size; null without a sample size. */
  readonly interval: Interval | null;
}

/** The change between two survey percentages, current − previous, judged where both sides can be. */
export interface ProportionChange {
  readonly current: ProportionSide;
  readonly previous: ProportionSide;
  /** current − previous in percentage points. */
  readonly difference: number;
  readonly direction: ChangeDirection;
  /** The 95% interval of the difference in points; null when untested. */
  readonly interval: Interval | null;
  readonly pValue: number | null;
  readonly significant: boolean | null;
  readonly verdict: Verdict | null;
  readonly verdictLabel: string | null;
  readonly tone: VerdictTone;
  /** Why the change is not tested, in words; null when it is. */
  readonly untestedReason: string | null;
}

function usable(value: number | null): value is number {
  return value !== null && Number.isFinite(value) && value > 0;
}

/** The share as a fraction: numerator / denominator where both are published, else the value read as a percentage. */
function shareOf(figure: ProportionFigure): number {
  const { numerator, denominator } = figure;
  if (numerator !== null && usable(denominator)) return numerator / denominator;
  return figure.value / 100;
}

function sideOf(figure: ProportionFigure): ProportionSide & { readonly share: number } {
  const share = shareOf(figure);
  const sampleSize = usable(figure.sampleSize)
    ? figure.sampleSize
    : usable(figure.denominator)
      ? figure.denominator
      : null;
  const designEffectPublished = usable(figure.designEffect);
  const designEffect = usable(figure.designEffect) ? figure.designEffect : 1;
  const inRange = share >= 0 && share <= 1;
  const wilson =
    sampleSize === null || !inRange ? null : wilsonInterval({ proportion: share, sampleSize, designEffect });
  return {
    share,
    percent: share * 100,
    sampleSize,
    designEffect,
    designEffectPublished,
    effectiveSampleSize: sampleSize === null ? null : sampleSize / designEffect,
    interval: wilson === null ? null : { lower: wilson.lower * 100, upper: wilson.upper * 100 },
  };
}

function untestedReason(
  current: ReturnType<typeof sideOf>,
  previous: ReturnType<typeof sideOf>,
  labels: { current: string; previous: string },
): string | null {
  const outOfRange = [current, previous].some((side) => !(side.share >= 0 && side.share <= 1));
  if (outOfRange) return 'a figure lies outside 0% to 100%, so it is not a proportion and the change is not tested';
  const missing = [
    ...(current.sampleSize === null ? [labels.current] : []),
    ...(previous.sampleSize === null ? [labels.previous] : []),
  ];
  if (missing.length === 0) return null;
  return `no sample size published for ${missing.join(' or ')}, so the change is not tested`;
}

function strip(side: ReturnType<typeof sideOf>): ProportionSide {
  const { percent, sampleSize, designEffect, designEffectPublished, effectiveSampleSize, interval } = side;
  return { percent, sampleSize, designEffect, designEffectPublished, effectiveSampleSize, interval };
}

/**
 * The change between two survey percentages. Each side counts for its effective sample size
 * n / deff (clustering and weighting make n interviews worth fewer simple random ones); each gets
 * a Wilson 95% interval; the difference gets the two-proportion z-test and its Wald interval, and
 * the verdict honours the measure's polarity. A side without a sample size is not tested, and the
 * reason says so: an untested change is never "no change".
 */
export function proportionChange(
  figures: { readonly current: ProportionFigure; readonly previous: ProportionFigure },
  polarity: Polarity,
  labels: { readonly current: string; readonly previous: string },
): ProportionChange {
  const current = sideOf(figures.current);
  const previous = sideOf(figures.previous);
  const difference = (current.share - previous.share) * 100;
  const direction: ChangeDirection = difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
  const reason = untestedReason(current, previous, labels);
  const base = { current: strip(current), previous: strip(previous), difference, direction };
  if (reason !== null || current.sampleSize === null || previous.sampleSize === null) {
    return {
      ...base,
      interval: null,
      pValue: null,
      significant: null,
      verdict: null,
      verdictLabel: null,
      tone: 'neutral',
      untestedReason: reason,
    };
  }
  const test = twoProportionTest(
    { proportion: current.share, sampleSize: current.sampleSize, designEffect: current.designEffect },
    { proportion: previous.share, sampleSize: previous.sampleSize, designEffect: previous.designEffect },
  );
  const verdict = verdictFor({ polarity, direction: test.direction, significant: test.significant });
  return {
    ...base,
    interval: { lower: test.interval.lower * 100, upper: test.interval.upper * 100 },
    pValue: test.pValue,
    significant: test.significant,
    verdict,
    verdictLabel: verdictLabel(verdict),
    tone: verdictTone(verdict),
    untestedReason: null,
  };
}
