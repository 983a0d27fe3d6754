import type { Interval } from './statistics/binomialTest.js';
import { checkAlpha } from './statistics/checks.js';
import { criticalZ, normalUpperTail } from './statistics/normal.js';
import { twoProportionTest, wilsonInterval, type SampleProportion } from './statistics/proportions.js';

/**
 * Gaps between groups, as the Police and Crime Plan 2017-21 asks for them: confidence among
 * Black, Asian and minority ethnic Londoners against White Londoners, victim satisfaction by
 * group. A gap is a group's value less the reference group's, in percentage points for survey
 * proportions; whether it narrowed is tested, never read off two bare numbers.
 */

/** How a measure's groups can be compared: survey proportions are tested, counts and rates are only shown. */
export type GapKind = 'proportion' | 'level';

/** One group's figure for a period, as loaded ("ethnicity: Black" gives the group "Black"). */
export interface GroupFigure {
  readonly group: string;
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly sampleSize: number | null;
  readonly designEffect: number | null;
}

/** "ethnicity: Black" → dimension "ethnicity", group "Black"; null for a breakdown not written that way. */
export function parseBreakdown(text: string): { dimension: string; group: string } | null {
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const dimension = text.slice(0, colon).trim();
  const group = text.slice(colon + 1).trim();
  return dimension === '' || group === '' ? null : { dimension, group };
}

/** The survey sample behind a figure, or why it has none a test can use. */
export function sampleOf(figure: GroupFigure): SampleProportion | { readonly missing: string } {
  const { numerator, denominator } = figure;
  const proportion =
    numerator !== null && denominator !== null && denominator > 0 ? numerator / denominator : figure.value / 100;
  if (!(proportion >= 0 && proportion <= 1))
    return { missing: `${figure.value} is not a percentage between 0 and 100` };
  // A published denominator is the number who answered when no sample size is given separately.
  const sampleSize = figure.sampleSize ?? denominator;
  if (sampleSize === null || !(sampleSize > 0)) return { missing: `no sample size is loaded for ${figure.group}` };
  const designEffect = figure.designEffect ?? 1;
  if (!(designEffect > 0)) return { missing: `the design effect for ${figure.group} is not positive` };
  return { proportion, sampleSize, designEffect };
}

const isSample = (s: SampleProportion | { readonly missing: string }): s is SampleProportion => !('missing' in s);

/** A group's value with its 95% Wilson interval (percentages), or why it has none. */
export interface GroupEstimate {
  readonly group: string;
  /** Per cent for proportions (from numerator ÷ denominator when given), the measure's unit otherwise. */
  readonly value: number;
  readonly interval: Interval | null;
  readonly sampleSize: number | null;
  readonly effectiveSampleSize: number | null;
  readonly notTested: string | null;
}

export function groupEstimate(kind: GapKind, figure: GroupFigure, alpha = 0.05): GroupEstimate {
  const base = { group: figure.group, sampleSize: figure.sampleSize ?? figure.denominator };
  if (kind === 'level')
    return { ...base, value: figure.value, interval: null, effectiveSampleSize: null, notTested: LEVEL_REASON };
  const sample = sampleOf(figure);
  if (!isSample(sample))
    return { ...base, value: figure.value, interval: null, effectiveSampleSize: null, notTested: sample.missing };
  const wilson = wilsonInterval(sample, { alpha });
  return {
    ...base,
    value: sample.proportion * 100,
    interval: { lower: wilson.lower * 100, upper: wilson.upper * 100 },
    effectiveSampleSize: wilson.effectiveSampleSize,
    notTested: null,
  };
}

const LEVEL_REASON = 'counts and rates by group are shown without a proportion test';

/** A group's gap to the reference group, with the two-proportion test where both are survey proportions. */
export interface GroupGap {
  readonly group: string;
  readonly reference: string;
  /** Group − reference: percentage points for proportions, the measure's unit otherwise. */
  readonly gap: number;
  readonly test: {
    readonly interval: Interval;
    readonly z: number;
    readonly pValue: number;
    readonly significant: boolean;
  } | null;
  readonly notTested: string | null;
  /** The unpooled variance of the gap (as proportions), for testing its change; null when untested. */
  readonly variance: number | null;
}

export function groupGap(kind: GapKind, group: GroupFigure, reference: GroupFigure, alpha = 0.05): GroupGap {
  const base = { group: group.group, reference: reference.group };
  if (kind === 'level')
    return { ...base, gap: group.value - reference.value, test: null, notTested: LEVEL_REASON, variance: null };
  const a = sampleOf(group);
  const b = sampleOf(reference);
  if (!isSample(a) || !isSample(b)) {
    const gap = group.value - reference.value;
    const why = !isSample(a) ? a.missing : !isSample(b) ? b.missing : '';
    return { ...base, gap, test: null, notTested: why, variance: null };
  }
  const test = twoProportionTest(a, b, { alpha });
  const variance = unpooledVariance(a) + unpooledVariance(b);
  return {
    ...base,
    gap: test.difference * 100,
    test: {
      interval: { lower: test.interval.lower * 100, upper: test.interval.upper * 100 },
      z: test.z,
      pValue: test.pValue,
      significant: test.significant,
    },
    notTested: null,
    variance,
  };
}

function unpooledVariance(s: SampleProportion): number {
  const n = s.sampleSize / (s.designEffect ?? 1);
  return (s.proportion * (1 - s.proportion)) / n;
}

export const GAP_OUTCOMES = ['narrowed', 'widened', 'reversed', 'no-clear-change', 'not-tested'] as const;
export type GapOutcome = (typeof GAP_OUTCOMES)[number];

/** Whether a gap narrowed since an earlier period: narrowing is the good direction. */
export interface GapChange {
  readonly group: string;
  readonly earlierGap: number | null;
  /** |gap now| − |gap then| in percentage points: below 0 is narrower. Null when not tested. */
  readonly change: number | null;
  readonly interval: Interval | null;
  readonly pValue: number | null;
  readonly outcome: GapOutcome;
  readonly tone: 'positive' | 'negative' | 'neutral';
  /** Why it was not tested (never "no change"). */
  readonly notTested: string | null;
}

/**
 * Tests whether a gap changed between two independent samples: the difference of the two
 * differences over SE = √(var now + var then), unpooled. While the gap keeps its sign, the change
 * in the absolute gap is that difference with the gap's sign; a gap that changed sign is
 * "reversed", since "narrower" would then hide that the other group is now ahead.
 */
export function gapChange(now: GroupGap, then: GroupGap | null, alpha = 0.05): GapChange {
  checkAlpha(alpha);
  const untested = (why: string): GapChange => ({
    group: now.group,
    earlierGap: then?.gap ?? null,
    change: null,
    interval: null,
    pValue: null,
    outcome: 'not-tested',
    tone: 'neutral',
    notTested: why,
  });
  if (then === null) return untested(`there is no figure for ${now.group} or ${now.reference} in the earlier period`);
  if (now.variance === null) return untested(now.notTested ?? 'the gap now has no test');
  if (then.variance === null) return untested(`earlier, ${then.notTested ?? 'the gap had no test'}`);
  const se = Math.sqrt(now.variance + then.variance) * 100;
  if (se === 0) return untested('every answer was the same in both periods, so there is no sampling variation to test');
  const difference = now.gap - then.gap;
  const pValue = Math.min(1, 2 * normalUpperTail(Math.abs(difference) / se));
  const significant = pValue < alpha;
  const half = criticalZ(alpha) * se;
  const sign = Math.sign(then.gap !== 0 ? then.gap : now.gap) || 1;
  const reversed = now.gap * then.gap < 0;
  const change = reversed ? Math.abs(now.gap) - Math.abs(then.gap) : sign * difference;
  const outcome: GapOutcome = !significant
    ? 'no-clear-change'
    : reversed
      ? 'reversed'
      : change < 0
        ? 'narrowed'
        : 'widened';
  return {
    group: now.group,
    earlierGap: then.gap,
    change,
    // While the sign holds, the interval is the difference's, turned by the same sign.
    interval: reversed ? null : { lower: sign * difference - half, upper: sign * difference + half },
    pValue,
    outcome,
    tone: outcome === 'narrowed' ? 'positive' : outcome === 'widened' ? 'negative' : 'neutral',
    notTested: null,
  };
}

/** Every group against the reference, and, given an earlier period's figures, whether each gap narrowed. */
export interface GroupGapComparison {
  readonly kind: GapKind;
  readonly reference: string;
  readonly groups: readonly (GroupEstimate & { readonly gap: GroupGap; readonly change: GapChange | null })[];
}

export function compareGroups(input: {
  kind: GapKind;
  reference: string;
  figures: readonly GroupFigure[];
  earlier?: readonly GroupFigure[] | undefined;
  alpha?: number;
}): GroupGapComparison {
  const { kind, reference, figures, earlier, alpha = 0.05 } = input;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const referenceNow = figures.find((f) => same(f.group, reference));
  if (referenceNow === undefined) throw new Error(`no figure for the reference group ${reference}`);
  const referenceThen = earlier?.find((f) => same(f.group, reference));
  const groups = figures.map((figure) => {
    const gap = groupGap(kind, figure, referenceNow, alpha);
    if (earlier === undefined) return { ...groupEstimate(kind, figure, alpha), gap, change: null };
    const before = earlier.find((f) => same(f.group, figure.group));
    const thenGap =
      before === undefined || referenceThen === undefined ? null : groupGap(kind, before, referenceThen, alpha);
    const change = same(figure.group, reference) ? null : gapChange(gap, thenGap, alpha);
    return { ...groupEstimate(kind, figure, alpha), gap, change };
  });
  return { kind, reference: referenceNow.group, groups };
}
