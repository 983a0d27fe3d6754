import type { Verdict, VerdictTone } from '../measures/statistics/index.js';

/**
 * London's 32 boroughs as a grid of equal squares in roughly their places on the map, the way
 * London's public bodies draw them so that small inner boroughs weigh as much as large outer
 * ones. Keyed by the ONS code, so any force's borough codes can be matched; the grid is ours,
 * arranged from the boroughs' neighbours.
 */
export interface TilePosition {
  readonly gssCode: string;
  /** A short label that fits in a square. */
  readonly abbreviation: string;
  readonly row: number;
  readonly column: number;
}

const ROWS: readonly (readonly [column: number, gssCode: string, abbreviation: string][])[] = [
  [[3, 'E09000010', 'ENF']],
  [
    [1, 'E09000015', 'HRW'],
    [2, 'E09000003', 'BRN'],
    [3, 'E09000014', 'HGY'],
    [4, 'E09000031', 'WFO'],
  ],
  [
    [0, 'E09000017', 'HDN'],
    [1, 'E09000005', 'BRT'],
    [2, 'E09000007', 'CMD'],
    [3, 'E09000019', 'ISL'],
    [4, 'E09000012', 'HCK'],
    [5, 'E09000026', 'RDB'],
    [6, 'E09000016', 'HAV'],
  ],
  [
    [0, 'E09000009', 'EAL'],
    [1, 'E09000013', 'HMS'],
    [2, 'E09000020', 'KNS'],
    [3, 'E09000033', 'WST'],
    [4, 'E09000030', 'TOW'],
    [5, 'E09000025', 'NWM'],
    [6, 'E09000002', 'BAR'],
  ],
  [
    [0, 'E09000018', 'HNS'],
    [1, 'E09000032', 'WND'],
    [2, 'E09000022', 'LAM'],
    [3, 'E09000028', 'SWK'],
    [4, 'E09000023', 'LSH'],
    [5, 'E09000011', 'GRE'],
    [6, 'E09000004', 'BXL'],
  ],
  [
    [0, 'E09000027', 'RCH'],
    [1, 'E09000021', 'KNG'],
    [2, 'E09000024', 'MRT'],
    [3, 'E09000008', 'CRD'],
    [4, 'E09000006', 'BRM'],
  ],
  [[2, 'E09000029', 'STN']],
];

export const LONDON_TILES: readonly TilePosition[] = ROWS.flatMap((cells, row) =>
  cells.map(([column, gssCode, abbreviation]) => ({ gssCode, abbreviation, row, column })),
);

export const TILE_GRID = { rows: ROWS.length, columns: 7 } as const;

/** The tile of a borough by its ONS code, or null for an area outside the 32 (the City, the airports). */
export function tileFor(gssCode: string | null): TilePosition | null {
  return gssCode === null ? null : (LONDON_TILES.find((tile) => tile.gssCode === gssCode) ?? null);
}

/** One borough's square on the tile map: where it sits, whether it chose the category, and its verdict. */
export interface PriorityTile {
  readonly boroughCode: string;
  readonly boroughName: string;
  readonly abbreviation: string;
  readonly row: number;
  readonly column: number;
  /** Whether the set in force chose the category in any compared month. */
  readonly chosen: boolean;
  /** In how many compared months it did: fewer than the map's months when the set changed within them. */
  readonly chosenMonths: number;
  readonly qualifier: string | null;
  readonly current: number;
  readonly previous: number;
  readonly changePercent: number | null;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly tone: VerdictTone;
}

export interface PriorityTileMap {
  readonly year: string;
  readonly category: { readonly code: string; readonly name: string };
  readonly period: { readonly current: string; readonly previous: string };
  readonly synthetic: boolean;
  readonly counted: boolean;
  readonly sentence: string;
  readonly months: number;
  /** When a borough's set changed within the compared months, and what that meant for the category. */
  readonly changes: readonly string[];
  readonly grid: { readonly rows: number; readonly columns: number };
  readonly tiles: readonly PriorityTile[];
  /** Boroughs the grid has no square for (a force's own areas outside London's 32). */
  readonly unplaced: readonly string[];
}

const NO_FIGURES = 'No figures for ';

/** The verdict of a borough with no counts held for a period: no figure is no verdict, so it names the period. */
export function noFiguresVerdict(period: string): string {
  return `${NO_FIGURES}${period}`;
}

/** Whether a verdict is the absence of one, for want of figures. */
export function isNoFiguresVerdict(label: string): boolean {
  return label.startsWith(NO_FIGURES);
}

/**
 * A count as it may be shown beside its verdict: where a period has no figures its sum is nought
 * only because nothing was added up, so it shows as no figure rather than as 0.
 */
export function shownCount(count: number, verdictLabel: string): number | null {
  return count === 0 && isNoFiguresVerdict(verdictLabel) ? null : count;
}
