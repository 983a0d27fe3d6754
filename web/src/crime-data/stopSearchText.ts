import type { Interval, ShareOfSearches } from './crimeDataTypes.js';
import { formatTenths } from '../shared/format.js';

/** 0.1234 → "12.3%". */
export function percent(rate: number): string {
  return `${formatTenths(rate * 100)}%`;
}

/** A share of searches with its interval: "17.1% (13.5% to 21.5%)". */
export function shareWithInterval(share: ShareOfSearches | null): string {
  if (share === null) return 'Not recorded';
  if (share.of === 0) return '–';
  return `${percent(share.rate)} (${percent(share.interval.lower)} to ${percent(share.interval.upper)})`;
}

export function intervalText(interval: Interval, format: (n: number) => string): string {
  return `${format(interval.lower)} to ${format(interval.upper)}`;
}

/** A rate alone, or what stands in for it when it cannot be given. */
export function rateOrNot(share: ShareOfSearches | null): string {
  if (share === null) return 'Not recorded';
  return share.of === 0 ? '–' : percent(share.rate);
}
