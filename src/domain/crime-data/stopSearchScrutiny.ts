import {
  countChange,
  formatNumber,
  twoProportionTest,
  wilsonInterval,
  type Interval,
} from '../measures/statistics/index.js';
import { broadEthnicGroup } from './policeUk.js';

/** Searches with the same month, ethnicities, object, outcome and link, as the aggregates hold them. */
export interface SearchCount {
  readonly month: string;
  readonly officerDefined: string;
  readonly selfDefined: string;
  readonly objectOfSearch: string;
  readonly outcome: string;
  /** "true", "false" or "" when the file left it empty. */
  readonly outcomeLinked: string;
  readonly searches: number;
}

/** A share of searches with its 95% Wilson interval. */
export interface ShareOfSearches {
  readonly count: number;
  readonly of: number;
  readonly rate: number;
  readonly interval: Interval;
}

export interface GroupComparison {
  /** Rate ratio against the reference group, with the exact 95% interval (R's poisson.test). */
  readonly ratio: number | null;
  readonly interval: Interval;
  readonly pValue: number;
  readonly significant: boolean;
}

export interface EthnicGroupScrutiny {
  readonly group: string;
  readonly searches: number;
  readonly share: number;
  readonly population: number | null;
  readonly ratePer1000: number | null;
  /** Searches per head against the reference group's: the disproportionality ratio. */
  readonly disproportionality: GroupComparison | null;
  readonly findRate: ShareOfSearches | null;
  readonly arrestRate: ShareOfSearches;
  readonly noFurtherActionRate: ShareOfSearches;
  /** Find rate minus the reference group's, tested; null for the reference group itself. */
  readonly findRateDifference: {
    readonly difference: number;
    readonly interval: Interval;
    readonly significant: boolean;
  } | null;
}

export interface ObjectScrutiny {
  readonly objectOfSearch: string;
  readonly searches: number;
  readonly share: number;
  readonly findRate: ShareOfSearches | null;
  readonly arrestRate: ShareOfSearches;
  readonly byEthnicity: readonly {
    readonly group: string;
    readonly searches: number;
    readonly findRate: ShareOfSearches | null;
    readonly arrestRate: ShareOfSearches;
  }[];
}

export interface StopSearchScrutiny {
  readonly searches: number;
  /** Whether the files say, for any search, if its outcome was linked to its object. */
  readonly linksRecorded: boolean;
  readonly findRate: ShareOfSearches | null;
  readonly arrestRate: ShareOfSearches;
  readonly referenceGroup: string;
  readonly months: readonly {
    readonly month: string;
    readonly searches: number;
    readonly findRate: ShareOfSearches | null;
  }[];
  readonly officerDefined: readonly EthnicGroupScrutiny[];
  readonly selfDefined: readonly EthnicGroupScrutiny[];
  readonly objects: readonly ObjectScrutiny[];
  readonly outcomes: readonly { readonly outcome: string; readonly searches: number; readonly share: number }[];
  readonly sentences: readonly string[];
}

const REFERENCE_GROUP = 'White';
/** The population group that stands for every group but White, where only that split is known. */
export const MINORITY_GROUPS = 'Black, Asian and minority ethnic';
const NOT_RECORDED = 'Not recorded';

function share(count: number, of: number): ShareOfSearches {
  if (of === 0) return { count, of, rate: 0, interval: { lower: 0, upper: 0 } };
  const interval = wilsonInterval({ proportion: count / of, sampleSize: of });
  return { count, of, rate: count / of, interval: { lower: interval.lower, upper: interval.upper } };
}

const isFind = (c: SearchCount): boolean => c.outcomeLinked === 'true';
const isNoFurtherAction = (c: SearchCount): boolean => /no further action/i.test(c.outcome);
/** Whether a search's find is known: its link recorded, or nothing done (so nothing found). */
const findKnown = (c: SearchCount): boolean => c.outcomeLinked !== '' || isNoFurtherAction(c);
const isArrest = (c: SearchCount): boolean => c.outcome.trim().toLowerCase() === 'arrest';

function total(counts: readonly SearchCount[], keep: (c: SearchCount) => boolean = () => true): number {
  let sum = 0;
  for (const c of counts) if (keep(c)) sum += c.searches;
  return sum;
}

/**
 * The find rate: searches whose outcome was linked to what was looked for, among those whose
 * find is known. Forces that leave the link empty throughout (the Met in 2018) get none at all,
 * never a false 0%.
 */
function findShare(rows: readonly SearchCount[], linksRecorded: boolean): ShareOfSearches | null {
  return linksRecorded ? share(total(rows, isFind), total(rows, findKnown)) : null;
}

function groupBy(counts: readonly SearchCount[], key: (c: SearchCount) => string): Map<string, SearchCount[]> {
  const groups = new Map<string, SearchCount[]>();
  for (const c of counts) {
    const k = key(c);
    const held = groups.get(k);
    if (held === undefined) groups.set(k, [c]);
    else held.push(c);
  }
  return groups;
}

function byDescendingSearches<T extends { searches: number }>(rows: T[]): T[] {
  return rows.sort((a, b) => b.searches - a.searches);
}

function ethnicRows(
  groups: Map<string, SearchCount[]>,
  all: number,
  populations: ReadonlyMap<string, number>,
  linksRecorded: boolean,
): EthnicGroupScrutiny[] {
  const reference = groups.get(REFERENCE_GROUP) ?? [];
  const ref = {
    searches: total(reference),
    finds: findShare(reference, linksRecorded),
    population: populations.get(REFERENCE_GROUP),
  };
  return byDescendingSearches(
    [...groups].map(([group, counts]) => {
      const searches = total(counts);
      const population = populations.get(group) ?? null;
      const finds = findShare(counts, linksRecorded);
      const isReference = group === REFERENCE_GROUP;
      let disproportionality: GroupComparison | null = null;
      if (!isReference && population !== null && ref.population !== undefined && ref.searches + searches > 0) {
        const change = countChange({ a: searches, b: ref.searches, exposureA: population, exposureB: ref.population });
        disproportionality = {
          ratio: change.ratio,
          interval: change.interval,
          pValue: change.pValue,
          significant: change.significant,
        };
      }
      let findRateDifference = null;
      if (!isReference && finds !== null && ref.finds !== null && finds.of > 0 && ref.finds.of > 0) {
        const test = twoProportionTest(
          { proportion: finds.rate, sampleSize: finds.of },
          { proportion: ref.finds.rate, sampleSize: ref.finds.of },
        );
        findRateDifference = { difference: test.difference, interval: test.interval, significant: test.significant };
      }
      return {
        group,
        searches,
        share: all === 0 ? 0 : searches / all,
        population,
        ratePer1000: population === null ? null : (searches / population) * 1000,
        disproportionality,
        findRate: finds,
        arrestRate: share(total(counts, isArrest), searches),
        noFurtherActionRate: share(total(counts, isNoFurtherAction), searches),
        findRateDifference,
      };
    }),
  );
}

function objectRows(counts: readonly SearchCount[], all: number, linksRecorded: boolean): ObjectScrutiny[] {
  return byDescendingSearches(
    [...groupBy(counts, (c) => c.objectOfSearch || NOT_RECORDED)].map(([objectOfSearch, rows]) => {
      const searches = total(rows);
      const byEthnicity = byDescendingSearches(
        [...groupBy(rows, (c) => c.officerDefined || NOT_RECORDED)].map(([group, g]) => ({
          group,
          searches: total(g),
          findRate: findShare(g, linksRecorded),
          arrestRate: share(total(g, isArrest), total(g)),
        })),
      );
      return {
        objectOfSearch,
        searches,
        share: all === 0 ? 0 : searches / all,
        findRate: findShare(rows, linksRecorded),
        arrestRate: share(total(rows, isArrest), searches),
        byEthnicity,
      };
    }),
  );
}

/** Adds the all-but-White row where only that split of the population is known. */
function withMinorityRow(groups: Map<string, SearchCount[]>, populations: ReadonlyMap<string, number>): void {
  if (!populations.has(MINORITY_GROUPS)) return;
  const minority = [...groups]
    .filter(([group]) => group !== REFERENCE_GROUP && group !== NOT_RECORDED)
    .flatMap(([, counts]) => counts);
  groups.set(MINORITY_GROUPS, minority);
}

function ratioSentences(rows: readonly EthnicGroupScrutiny[]): string[] {
  return rows.flatMap((row) => {
    const d = row.disproportionality;
    if (d === null || d.ratio === null || !Number.isFinite(d.ratio)) return [];
    const interval = `95% interval ${formatNumber(d.interval.lower, 1)} to ${formatNumber(d.interval.upper, 1)}`;
    const verdict = d.significant ? '' : '; the difference is not statistically significant';
    return [
      `${row.group} people were searched at ${formatNumber(d.ratio, 1)} times the rate of ${REFERENCE_GROUP} people (${interval}${verdict}).`,
    ];
  });
}

/**
 * What an oversight body asks of a force's stop and search: how many, of whom, at what rate per
 * head and how disproportionately (a rate ratio against White residents with its exact
 * interval), and how often a search found what it was for — overall, by ethnicity and by object.
 */
export function stopSearchScrutiny(
  counts: readonly SearchCount[],
  populations: ReadonlyMap<string, number> = new Map(),
): StopSearchScrutiny {
  const all = total(counts);
  const linksRecorded = counts.some((c) => c.outcomeLinked !== '' && c.searches > 0);
  const officer = groupBy(counts, (c) => c.officerDefined || NOT_RECORDED);
  withMinorityRow(officer, populations);
  const officerDefined = ethnicRows(officer, all, populations, linksRecorded);
  const self = groupBy(counts, (c) => broadEthnicGroup(c.selfDefined));
  const months = [...groupBy(counts, (c) => c.month)]
    .map(([month, rows]) => ({ month, searches: total(rows), findRate: findShare(rows, linksRecorded) }))
    .sort((a, b) => a.month.localeCompare(b.month));
  const outcomes = byDescendingSearches(
    [...groupBy(counts, (c) => c.outcome || NOT_RECORDED)].map(([outcome, rows]) => ({
      outcome,
      searches: total(rows),
      share: all === 0 ? 0 : total(rows) / all,
    })),
  );
  const findRate = findShare(counts, linksRecorded);
  const found =
    findRate === null
      ? 'the force did not record whether outcomes were linked to the object of the search, so no find rate can be given.'
      : `${formatNumber(findRate.rate * 100, 1)}% found what the officer was looking for.`;
  return {
    searches: all,
    linksRecorded,
    findRate,
    arrestRate: share(total(counts, isArrest), all),
    referenceGroup: REFERENCE_GROUP,
    months,
    officerDefined,
    selfDefined: ethnicRows(self, all, populations, linksRecorded),
    objects: objectRows(counts, all, linksRecorded),
    outcomes,
    sentences: [`${formatNumber(all, 0)} searches; ${found}`, ...ratioSentences(officerDefined)],
  };
}
