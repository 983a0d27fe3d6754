/**
 * MPS recorded-crime files in the current layouts (London Datastore, since 2019), small enough to
 * read: a ward-level file of three boroughs and the airports area, and the borough-level file that
 * goes with it. The layout, the category names and the area "Aviation Security (SO18)" are as the
 * MPS publishes them; ward names are real wards of 2022, but the counts are made up for the tests
 * and the ONS codes are in the ONS form without being checked against the register.
 */

export const FIXTURE_MONTHS = ['202405', '202406', '202407', '202408', '202409', '202410'] as const;

export interface FixtureRow {
  readonly major: string;
  readonly minor: string;
  readonly ward: string;
  readonly wardCode: string;
  readonly area: string;
  readonly values: readonly number[];
}

const row = (
  major: string,
  minor: string,
  ward: string,
  wardCode: string,
  area: string,
  values: number[],
): FixtureRow => ({
  major,
  minor,
  ward,
  wardCode,
  area,
  values,
});

/** The rows of the ward-level fixture, in the file's order. */
export const WARD_FIXTURE_ROWS: readonly FixtureRow[] = [
  row('BURGLARY', 'RES BURGLARY OF A HOME', 'Camden Town', 'E05013652', 'Camden', [9, 7, 11, 8, 6, 10]),
  row('THEFT', 'SHOPLIFTING', 'Camden Town', 'E05013652', 'Camden', [41, 38, 44, 40, 37, 45]),
  row(
    'VIOLENCE AGAINST THE PERSON',
    'VIOLENCE WITH INJURY',
    'Camden Town',
    'E05013652',
    'Camden',
    [22, 19, 25, 21, 20, 23],
  ),
  row('BURGLARY', 'RES BURGLARY OF A HOME', 'Highgate', 'E05013657', 'Camden', [4, 3, 5, 2, 4, 3]),
  row('BURGLARY', 'DOMESTIC BURGLARY', 'Highgate', 'E05013657', 'Camden', [1, 0, 0, 1, 0, 0]),
  row(
    'VEHICLE OFFENCES',
    'THEFT OR UNAUTH TAKING OF A MOTOR VEH',
    'Highgate',
    'E05013657',
    'Camden',
    [2, 3, 1, 2, 2, 4],
  ),
  row('BURGLARY', 'RES BURGLARY OF A HOME', 'Heathrow Villages', 'E05013570', 'Hillingdon', [3, 2, 4, 3, 2, 3]),
  row('THEFT', 'OTHER THEFT', 'Heathrow Villages', 'E05013570', 'Hillingdon', [6, 5, 7, 6, 4, 6]),
  row(
    'VEHICLE OFFENCES',
    'THEFT OR UNAUTH TAKING OF A MOTOR VEH',
    'Uxbridge',
    'E05013582',
    'Hillingdon',
    [5, 6, 4, 7, 5, 6],
  ),
  row('NFIB FRAUD', 'NFIB FRAUD', 'Uxbridge', 'E05013582', 'Hillingdon', [0, 1, 0, 0, 1, 0]),
  row('THEFT', 'SHOPLIFTING', 'Stratford', 'E05013925', 'Newham', [30, 28, 35, 31, 29, 33]),
  row(
    'MISCELLANEOUS CRIMES AGAINST SOCIETY',
    'MISC CRIMES AGAINST SOCIETY',
    'Stratford',
    'E05013925',
    'Newham',
    [2, 1, 3, 2, 2, 1],
  ),
  row('ROBBERY', 'ROBBERY OF PERSONAL PROPERTY', 'Royal Docks', 'E05013922', 'Newham', [5, 4, 6, 5, 3, 5]),
  // The airports: crimes at Heathrow and London City airports, filed under their wards but counted
  // for the airports area, which is in the Met's total and in no borough.
  row('THEFT', 'OTHER THEFT', 'Heathrow Villages', 'E05013570', 'Aviation Security (SO18)', [48, 52, 61, 66, 50, 44]),
  row(
    'VIOLENCE AGAINST THE PERSON',
    'VIOLENCE WITHOUT INJURY',
    'Heathrow Villages',
    'E05013570',
    'Aviation Security (SO18)',
    [12, 9, 14, 15, 11, 10],
  ),
  row('THEFT', 'OTHER THEFT', 'Royal Docks', 'E05013922', 'Aviation Security (SO18)', [7, 5, 8, 6, 6, 9]),
];

const csv = (cells: readonly string[][]): string => `${cells.map((line) => line.join(',')).join('\r\n')}\r\n`;

/** The ward-level file: MajorText, MinorText, WardName, WardCode, LookUp_BoroughName, six months. */
export function wardFixture(rows: readonly FixtureRow[] = WARD_FIXTURE_ROWS): string {
  return csv([
    ['MajorText', 'MinorText', 'WardName', 'WardCode', 'LookUp_BoroughName', ...FIXTURE_MONTHS],
    ...rows.map((r) => [r.major, r.minor, r.ward, r.wardCode, r.area, ...r.values.map(String)]),
  ]);
}

/**
 * The same file with a problem of every kind, each on its own row: a cell that is not a count, an
 * area the force does not have, a category name no mapping knows, a ward the file puts in two
 * boroughs, a ward code that is not an ONS code, and a repeated row. Rows 2–5 are sound.
 */
export function wardFixtureWithProblems(): string {
  const lines = wardFixture().trimEnd().split('\r\n');
  return `${[
    ...lines.slice(0, 5),
    'THEFT,BICYCLE THEFT,Camden Town,E05013652,Camden,3,four,2,5,1,2',
    'THEFT,BICYCLE THEFT,Canary Wharf,E05009317,Tower Hamlet,3,4,2,5,1,2',
    'THEFT,CYCLE THEFT,Camden Town,E05013652,Camden,3,4,2,5,1,2',
    'THEFT,BICYCLE THEFT,Highgate,E05013657,Islington,3,4,2,5,1,2',
    'THEFT,OTHER THEFT,Stratford,E0501392,Newham,3,4,2,5,1,2',
    lines[2] ?? '',
  ].join('\r\n')}\r\n`;
}

/** The borough-level file of the same months: the current layout with BoroughName, one row per borough and category. */
export function boroughFixture(rows: readonly FixtureRow[] = WARD_FIXTURE_ROWS): string {
  const totals = new Map<string, { area: string; major: string; minor: string; values: number[] }>();
  for (const r of rows) {
    const key = `${r.area}|${r.major}|${r.minor}`;
    const held = totals.get(key) ?? { area: r.area, major: r.major, minor: r.minor, values: r.values.map(() => 0) };
    r.values.forEach((value, index) => (held.values[index] = (held.values[index] ?? 0) + value));
    totals.set(key, held);
  }
  return csv([
    ['MajorText', 'MinorText', 'BoroughName', ...FIXTURE_MONTHS],
    ...[...totals.values()].map((t) => [t.major, t.minor, t.area, ...t.values.map(String)]),
  ]);
}

/** The sum of the fixture's cells over rows the predicate keeps. */
export function fixtureTotal(
  keep: (row: FixtureRow) => boolean,
  rows: readonly FixtureRow[] = WARD_FIXTURE_ROWS,
): number {
  return rows.filter(keep).reduce((sum, r) => sum + r.values.reduce((a, b) => a + b, 0), 0);
}
