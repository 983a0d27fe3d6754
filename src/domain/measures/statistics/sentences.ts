import { isSignificantVerdict, type Verdict } from './verdict.js';

/**
 * The one place for how Bluelamp writes numbers and headline sentences, in the documents' own
 * form: "Burglary: 77,614 offences in 2017-18, up from 69,518 in 2016-17 (+11.6%)".
 *
 * Precision rules:
 * - counts are whole numbers with thousands separators ("77,614");
 * - changes are percentages to one decimal place, always signed ("+11.6%", "−3.2%"); a change
 *   that rounds to nothing is "0.0%", unsigned;
 * - rates are to one decimal place ("4.3");
 * - proportions are percentages to the nearest whole point ("73%"), or to one decimal place when
 *   under 10% ("5.6%");
 * - rounding is half away from zero on the number as written in decimal (1.005 → 1.01).
 *
 * Negative numbers take the true minus sign U+2212 ("−"), not the hyphen-minus: it is the
 * typographically correct sign, it is as wide as the plus sign so signed columns line up, and
 * screen readers say "minus" for it. The parsers accept both.
 */
export const MINUS_SIGN = '\u2212';

/** Rounds half away from zero, reading the value as the decimal it prints as. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number to a fixed number of decimals with thousands separators: 1234.56 → "1,234.6". */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = roundTo(value, decimals);
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const body = fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
  return rounded < 0 ? `${MINUS_SIGN}${body}` : body;
}

/** 77614 → "77,614". */
export function formatInteger(value: number): string {
  return formatNumber(value, 0);
}

/** A rate to one decimal place: 4.26 → "4.3". */
export function formatRate(value: number): string {
  return formatNumber(value, 1);
}

/** A proportion (0 to 1) as a percentage: 0.734 → "73%", 0.056 → "5.6%". */
export function formatProportion(proportion: number): string {
  const percent = proportion * 100;
  return roundTo(percent, 1) < 10 ? `${formatNumber(percent, 1)}%` : `${formatNumber(percent, 0)}%`;
}

/** Whether a proportion is shown to one decimal place (under 10%). */
function proportionHasDecimal(proportion: number): boolean {
  return roundTo(proportion * 100, 1) < 10;
}

function signed(text: string, rounded: number): string {
  if (rounded > 0) return `+${text}`;
  return text;
}

/** A percentage change, signed, to one decimal place: 11.64 → "+11.6%", −3.2 → "−3.2%". */
export function formatPercentChange(percent: number): string {
  const rounded = roundTo(percent, 1);
  return `${signed(formatNumber(rounded === 0 ? 0 : percent, 1), rounded)}%`;
}

/** A change in percentage points, signed: 0.029 → "+3 points" (or "+2.9 points" with one decimal). */
export function formatPointChange(difference: number, decimals: 0 | 1 = 0): string {
  const points = difference * 100;
  const rounded = roundTo(points, decimals);
  const text = signed(formatNumber(rounded === 0 ? 0 : points, decimals), rounded);
  return `${text} ${Math.abs(rounded) === 1 ? 'point' : 'points'}`;
}

/** "p < 0.001" or "p = 0.043". */
export function formatPValue(pValue: number): string {
  return pValue < 0.001 ? 'p < 0.001' : `p = ${roundTo(pValue, 3).toFixed(3)}`;
}

/** Reads back any number these functions write ("77,614", "+11.6%", "−3.2%", "+3 points"). */
export function parseFormattedNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/\s*(%|points?)$/, '')
    .replace(/,/g, '')
    .replace(MINUS_SIGN, '-');
  if (!/^[+-]?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** (current − previous) / previous × 100; null when there is nothing to compare with. */
export function percentChange(current: number, previous: number): number | null {
  return previous === 0 ? null : ((current - previous) / previous) * 100;
}

export type HeadlineValueKind = 'count' | 'rate' | 'proportion';

export interface HeadlineInput {
  readonly measureName: string;
  /** What is counted, for sentences ("offences", "offences per 1,000 residents"); may be empty. */
  readonly unitWords: string;
  readonly current: { readonly label: string; readonly value: number };
  readonly previous: { readonly label: string; readonly value: number };
  /** How values are written; default 'count'. A proportion is 0 to 1 and its change is in points. */
  readonly valueKind?: HeadlineValueKind;
  readonly test?: { readonly significant: boolean; readonly pValue?: number };
  readonly verdict?: Verdict;
}

function formatValue(value: number, kind: HeadlineValueKind): string {
  if (kind === 'proportion') return formatProportion(value);
  return kind === 'rate' ? formatRate(value) : formatInteger(value);
}

function changeInBrackets(input: HeadlineInput, kind: HeadlineValueKind): string {
  const { current, previous } = input;
  if (kind === 'proportion') {
    const decimals = proportionHasDecimal(current.value) || proportionHasDecimal(previous.value) ? 1 : 0;
    return ` (${formatPointChange(current.value - previous.value, decimals)})`;
  }
  const change = percentChange(current.value, previous.value);
  return change === null ? '' : ` (${formatPercentChange(change)})`;
}

function checkConsistent(input: HeadlineInput, rising: boolean): boolean | undefined {
  const { test, verdict } = input;
  const fromVerdict = verdict === undefined ? undefined : isSignificantVerdict(verdict);
  if (test !== undefined && fromVerdict !== undefined && test.significant !== fromVerdict) {
    throw new RangeError(`the verdict ${verdict ?? ''} contradicts the test's significance`);
  }
  const wrongWay =
    (verdict === 'significant-increase-in-reporting-wanted' && !rising) ||
    (verdict === 'significant-decrease-in-reporting' && rising);
  if (wrongWay) throw new RangeError(`the verdict ${verdict ?? ''} contradicts the direction of the change`);
  return test?.significant ?? fromVerdict;
}

function significanceClause(input: HeadlineInput, rising: boolean): string {
  const significant = checkConsistent(input, rising);
  if (significant === undefined) return '';
  const change = rising ? 'rise' : 'fall';
  if (!significant) return `; the ${change} is not statistically significant`;
  switch (input.verdict) {
    case 'significant-increase-in-reporting-wanted':
      return '; the rise in reporting is statistically significant, which is the direction wanted';
    case 'significant-decrease-in-reporting':
      return '; the fall in reporting is statistically significant, a concern when more reporting is wanted';
    case 'significant-change-context-only':
      return `; the ${change} is statistically significant (shown for context, not judged)`;
    default:
      return `; the ${change} is statistically significant`;
  }
}

/**
 * The headline sentence of a measure, in the documents' form:
 * "Burglary: 77,614 offences in 2017-18, up from 69,518 in 2016-17 (+11.6%); the rise is
 * statistically significant." The significance clause appears when a test or a verdict is given.
 */
export function headlineSentence(input: HeadlineInput): string {
  const { measureName, unitWords, current, previous, valueKind = 'count' } = input;
  const unit = unitWords.trim() === '' ? '' : ` ${unitWords.trim()}`;
  const opening = `${measureName}: ${formatValue(current.value, valueKind)}${unit} in ${current.label}`;
  if (current.value === previous.value) {
    if (input.test?.significant === true || (input.verdict !== undefined && isSignificantVerdict(input.verdict))) {
      throw new RangeError('equal values cannot show a significant change: headline the rates instead');
    }
    return `${opening}, the same as in ${previous.label}.`;
  }
  const rising = current.value > previous.value;
  const comparison = `${rising ? 'up' : 'down'} from ${formatValue(previous.value, valueKind)} in ${previous.label}`;
  return `${opening}, ${comparison}${changeInBrackets(input, valueKind)}${significanceClause(input, rising)}.`;
}
