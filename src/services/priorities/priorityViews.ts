import { judgeChange, type Polarity } from '../../domain/measures/index.js';
import type { CountPair, Verdict, VerdictTone } from '../../domain/measures/statistics/index.js';
import { noFiguresVerdict, type PrioritySet } from '../../domain/priorities/index.js';
import type { PriorityBorough } from './priorityAccess.js';

/** A count now against the same months a year earlier, as the scorecards show it: no infinities. */
export interface TestedChange {
  readonly current: number;
  readonly previous: number;
  readonly changePercent: number | null;
  readonly ratio: number | null;
  /** The rate ratio's 95% interval; no upper end when there was nothing the year before. */
  readonly interval: { readonly lower: number; readonly upper: number | null };
  readonly pValue: number;
  readonly significant: boolean;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly tone: VerdictTone;
}

const finiteOrNull = (value: number | null): number | null => (value !== null && Number.isFinite(value) ? value : null);

export function testedChange(pair: CountPair, polarity: Polarity): TestedChange {
  const judged = judgeChange(pair, polarity);
  return {
    ...judged,
    ratio: finiteOrNull(judged.ratio),
    interval: { lower: judged.interval.lower, upper: finiteOrNull(judged.interval.upper) },
  };
}

/**
 * The change of an area with no counts held for one of the periods: no figure is no verdict, so
 * it says which period has none rather than "no significant change", and is never significant.
 */
export function unfiguredChange(pair: CountPair, period: string): TestedChange {
  return {
    ...testedChange(pair, 'lower-is-better'),
    changePercent: null,
    ratio: null,
    pValue: 1,
    significant: false,
    verdictLabel: noFiguresVerdict(period),
    tone: 'neutral',
  };
}

export interface NamedPriority {
  readonly categoryCode: string;
  readonly categoryName: string;
  readonly qualifier: string | null;
}

export interface BoroughPrioritySet extends Omit<PrioritySet, 'priorities'> {
  readonly borough: PriorityBorough;
  readonly priorities: readonly NamedPriority[];
}

/** Names a set's boroughs and categories for people to read. */
export function namedSets(
  sets: readonly PrioritySet[],
  boroughs: readonly PriorityBorough[],
  names: ReadonlyMap<string, string>,
): BoroughPrioritySet[] {
  const byCode = new Map(boroughs.map((b) => [b.code, b]));
  const order = new Map(boroughs.map((b, index) => [b.code, index]));
  return sets
    .map((set) => ({
      ...set,
      borough: byCode.get(set.boroughCode) ?? {
        code: set.boroughCode,
        name: set.boroughCode,
        gssCode: null,
        bcu: null,
      },
      priorities: set.priorities.map((p) => ({ ...p, categoryName: names.get(p.categoryCode) ?? p.categoryCode })),
    }))
    .sort((a, b) => (order.get(a.boroughCode) ?? 0) - (order.get(b.boroughCode) ?? 0) || a.version - b.version);
}
