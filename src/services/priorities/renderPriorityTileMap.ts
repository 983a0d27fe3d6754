import type { PriorityTileMap } from '../../domain/priorities/index.js';
import { renderTileMapSvg } from '../../reports/index.js';
import type { ServiceContext } from '../context.js';
import type { CategoryScorecardInput } from './getCategoryScorecard.js';
import { getPriorityTileMap } from './getPriorityTileMap.js';

/** The London tile map of a category as a self-contained SVG, for downloads and the command line. */
export async function renderPriorityTileMap(
  ctx: ServiceContext,
  input: CategoryScorecardInput,
): Promise<{ readonly map: PriorityTileMap; readonly fileName: string; readonly svg: string }> {
  const map = await getPriorityTileMap(ctx, input);
  return { map, fileName: `${map.category.code}-${map.year}.svg`, svg: renderTileMapSvg(map) };
}
