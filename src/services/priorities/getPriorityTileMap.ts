import { TILE_GRID, tileFor, type PriorityTile, type PriorityTileMap } from '../../domain/priorities/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { buildCategoryScorecard, type CategoryScorecardInput } from './getCategoryScorecard.js';

/**
 * Every borough as one square of London's grid, coloured by the verdict on its change in a
 * category, with the boroughs that chose it as a priority marked: the map a board looks at.
 */
export async function getPriorityTileMap(ctx: ServiceContext, input: CategoryScorecardInput): Promise<PriorityTileMap> {
  authorise(ctx, 'priorities.read');
  const scorecard = await buildCategoryScorecard(ctx, input);
  const tiles: PriorityTile[] = [];
  const unplaced: string[] = [];
  for (const row of scorecard.boroughs) {
    const tile = tileFor(row.borough.gssCode);
    if (tile === null) {
      unplaced.push(row.borough.name);
      continue;
    }
    tiles.push({
      boroughCode: row.borough.code,
      boroughName: row.borough.name,
      abbreviation: tile.abbreviation,
      row: tile.row,
      column: tile.column,
      chosen: row.chosen,
      chosenMonths: row.chosenMonths,
      qualifier: row.qualifier,
      current: row.change.current,
      previous: row.change.previous,
      changePercent: row.change.changePercent,
      verdict: row.change.verdict,
      verdictLabel: row.change.verdictLabel,
      tone: row.change.tone,
    });
  }
  tiles.sort((a, b) => a.row - b.row || a.column - b.column);
  return {
    year: scorecard.year,
    category: scorecard.category,
    period: { current: scorecard.periods.current.label, previous: scorecard.periods.previous.label },
    synthetic: scorecard.synthetic,
    counted: scorecard.counted,
    sentence: scorecard.sentence,
    months: scorecard.months,
    changes: scorecard.changes.map((c) => c.sentence),
    grid: { rows: TILE_GRID.rows, columns: TILE_GRID.columns },
    tiles,
    unplaced,
  };
}
