/**
 * Synthetic monthly crime counts for every borough, April 2015 to March 2018, for the demo's
 * measure explorer. The documents give London totals only, so the borough and month split is
 * generated: each borough gets a fixed share, each month a mild seasonal swing and Poisson-like
 * noise from a seeded generator (the same numbers on every load), and each financial year is
 * then scaled so London adds up exactly to the totals the Met's 2018-19 Business Plan quotes for
 * 2016-17 and 2017-18 (2015-16 follows the 2016-17 shape, 3% lower). The screen labels all of it
 * synthetic.
 */

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
): SyntheticCount[] {
  const shares = boroughs.map(() => 0.6 + random() * 0.8);
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

/** The demo's synthetic counts for the given borough codes. */
export function syntheticCrimeCounts(boroughs: readonly string[]): SyntheticCount[] {
  const random = generator(20180702);
  const named = LONDON_TOTALS.reduce<[number, number]>((sum, [, a, b]) => [sum[0] + a, sum[1] + b], [0, 0]);
  const rows: [string, number, number][] = [
    ...LONDON_TOTALS,
    [REMAINDER_CATEGORY, ALL_CRIME[0] - named[0], ALL_CRIME[1] - named[1]],
  ];
  return rows.flatMap(([category, y2016, y2017]) => [
    ...yearCounts(boroughs, category, 2015, Math.round(y2016 * 0.97), random),
    ...yearCounts(boroughs, category, 2016, y2016, random),
    ...yearCounts(boroughs, category, 2017, y2017, random),
  ]);
}
