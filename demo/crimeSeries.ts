/**
 * Synthetic monthly crime counts for every borough, April 2015 to June 2018, for the demo's
 * measure explorer. The documents give London totals only, so the borough and month split is
 * generated: each borough gets a fixed share, each month a mild seasonal swing and Poisson-like
 * noise from a seeded generator (the same numbers on every load), and each financial year is
 * then scaled so London adds up exactly to the totals the Met's 2018-19 Business Plan quotes for
 * 2016-17 and 2017-18 (2015-16 follows the 2016-17 shape, 3% lower). The screen labels all of it
 * synthetic. The first quarter of 2018-19 follows the Q1 progress update: burglary up 8% on the
 * same quarter a year before across London but 2% in the boroughs that made it a priority, and
 * down 30% in Havering; every other category moves on at half its 2017-18 pace.
 */
import { demoBoroughsChoosing } from './priorities.js';

/** [taxonomy category, London 2016-17, London 2017-18], from the plan's crime figures. */
const LONDON_TOTALS: [string, number, number][] = [
  ['homicide', 109, 157],
  ['rape', 6_510, 7_755],
  ['other-sexual', 11_370, 12_147],
  ['burglary-residential', 52_146, 58_220],
  ['burglary-business', 17_382, 19_406],
  ['robbery-personal', 22_479, 30_609],
  ['robbery-business', 1_723, 2_260],
  ['violence-with-injury', 60_000, 61_500],
  ['violence-without-injury', 177_665, 188_630],
  ['theft-person', 38_013, 47_587],
  ['theft-other', 267_863, 282_924],
];

/** Whatever the named categories leave of all recorded crime (777,458 and 827,225) goes here. */
const REMAINDER_CATEGORY = 'criminal-damage-other';
const ALL_CRIME: [number, number] = [777_458, 827_225];

export interface SyntheticCount {
  readonly areaCode: string;
  readonly categoryCode: string;
  readonly month: string;
  readonly count: number;
}

/** A small deterministic generator (mulberry32), so the demo is the same on every machine. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function monthsOf(startYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((3 + i) % 12) + 1;
    return `${startYear + (i >= 9 ? 1 : 0)}-${String(month).padStart(2, '0')}`;
  });
}

/** Splits a total into whole parts in proportion to weights, the parts adding up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, index] of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

function yearCounts(
  boroughs: readonly string[],
  category: string,
  startYear: number,
  total: number,
  random: () => number,
  shares: readonly number[],
): SyntheticCount[] {
  const months = monthsOf(startYear);
  const cells = boroughs.flatMap((areaCode, b) =>
    months.map((month, m) => ({
      areaCode,
      month,
      weight: (shares[b] ?? 1) * (1 + 0.08 * Math.sin(((m + 2) * Math.PI) / 6)) * (0.9 + random() * 0.2),
    })),
  );
  const counts = apportion(
    total,
    cells.map((c) => c.weight),
  );
  return cells.map((cell, i) => ({
    areaCode: cell.areaCode,
    categoryCode: category,
    month: cell.month,
    count: counts[i] ?? 0,
  }));
}

/** The demo's synthetic counts for the given borough codes, April 2015 to June 2018. */
export function syntheticCrimeCounts(boroughs: readonly string[]): SyntheticCount[] {
  const years = threeYears(boroughs);
  return splitFinerCategories([...years, ...firstQuarter2018(years)]);
}

function threeYears(boroughs: readonly string[]): SyntheticCount[] {
  const random = generator(20180702);
  const named = LONDON_TOTALS.reduce<[number, number]>((sum, [, a, b]) => [sum[0] + a, sum[1] + b], [0, 0]);
  const rows: [string, number, number][] = [
    ...LONDON_TOTALS,
    [REMAINDER_CATEGORY, ALL_CRIME[0] - named[0], ALL_CRIME[1] - named[1]],
  ];
  return rows.flatMap(([category, y2016, y2017]) => {
    // A borough keeps its share of a category from year to year, as real boroughs do.
    const shares = boroughs.map(() => 0.6 + random() * 0.8);
    return [
      ...yearCounts(boroughs, category, 2015, Math.round(y2016 * 0.97), random, shares),
      ...yearCounts(boroughs, category, 2016, y2016, random, shares),
      ...yearCounts(boroughs, category, 2017, y2017, random, shares),
    ];
  });
}

const Q1_MONTHS: Readonly<Record<string, string>> = {
  '2017-04': '2018-04',
  '2017-05': '2018-05',
  '2017-06': '2018-06',
};

/** The first quarter's burglary as the Q1 2018-19 progress update reports it. */
const BURGLARY_Q1 = { london: 1.08, priorityBoroughs: 1.02, havering: 0.7 } as const;

function total(rows: readonly SyntheticCount[]): number {
  return rows.reduce((sum, row) => sum + row.count, 0);
}

/** A year on from the given rows, the whole group adding up to `target`, each borough a little off the average. */
function movedOn(rows: readonly SyntheticCount[], target: number, random: () => number): SyntheticCount[] {
  const counts = apportion(
    Math.round(target),
    rows.map((row) => Math.max(row.count, 1) * (0.85 + random() * 0.3)),
  );
  return rows.map((row, i) => ({ ...row, month: Q1_MONTHS[row.month] ?? row.month, count: counts[i] ?? 0 }));
}

function firstQuarter2018(years: readonly SyntheticCount[]): SyntheticCount[] {
  const random = generator(20180930);
  const q1 = years.filter((row) => row.month in Q1_MONTHS);
  const chosen = new Set(demoBoroughsChoosing('burglary'));
  const moved: SyntheticCount[] = [];
  for (const [category, y2016, y2017] of LONDON_TOTALS) {
    const rows = q1.filter((row) => row.categoryCode === category);
    if (!category.startsWith('burglary')) {
      moved.push(...movedOn(rows, total(rows) * (1 + (y2017 / y2016 - 1) / 2), random));
      continue;
    }
    const havering = rows.filter((row) => row.areaCode === 'havering');
    const priority = rows.filter((row) => chosen.has(row.areaCode) && row.areaCode !== 'havering');
    const others = rows.filter((row) => !chosen.has(row.areaCode));
    const priorityTarget =
      BURGLARY_Q1.priorityBoroughs * (total(priority) + total(havering)) - BURGLARY_Q1.havering * total(havering);
    moved.push(
      ...movedOn(havering, BURGLARY_Q1.havering * total(havering), random),
      ...movedOn(priority, priorityTarget, random),
      ...movedOn(
        others,
        BURGLARY_Q1.london * total(rows) - BURGLARY_Q1.priorityBoroughs * (total(priority) + total(havering)),
        random,
      ),
    );
  }
  const remainder = q1.filter((row) => row.categoryCode === REMAINDER_CATEGORY);
  moved.push(...movedOn(remainder, total(remainder), random));
  return moved;
}

/**
 * Local priorities name finer categories than the London totals give: the non-domestic part of
 * violence with injury, common assault within violence without injury, and the vehicle crimes,
 * shoplifting and bicycle theft that the plan's "other theft" figure holds. The demo places a
 * fixed share of each generated count in each finer category; what is left stays where it was
 * (as harassment stays at violence without injury in the MPS series).
 */
const FINER: readonly [from: string, parts: readonly [code: string, share: number][]][] = [
  [
    'violence-with-injury',
    [
      ['violence-with-injury-non-domestic', 0.72],
      ['violence-with-injury-domestic', 0.28],
    ],
  ],
  ['violence-without-injury', [['common-assault', 0.45]]],
  [
    'theft-other',
    [
      ['theft-from-vehicle', 0.22],
      ['theft-of-vehicle', 0.1],
      ['theft-shops', 0.16],
      ['bicycle-theft', 0.07],
    ],
  ],
];

function splitFinerCategories(rows: readonly SyntheticCount[]): SyntheticCount[] {
  return rows.flatMap((row) => {
    const parts = FINER.find(([from]) => from === row.categoryCode)?.[1];
    if (parts === undefined) return [row];
    const split = parts.map(([categoryCode, share]) => ({
      ...row,
      categoryCode,
      count: Math.round(row.count * share),
    }));
    const left = row.count - split.reduce((sum, part) => sum + part.count, 0);
    return left > 0 ? [...split, { ...row, count: left }] : split;
  });
}
