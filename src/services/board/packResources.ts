import type { IsoDate } from '../../domain/calendar/index.js';
import type { PackResources } from '../../domain/board/index.js';
import type { ResourceFigure } from '../../domain/measures/index.js';
import type { ServiceContext } from '../context.js';
import { getResources } from '../measures/getResources.js';

/**
 * The resource figures the board could have read at the meeting: those standing on or before its
 * date. A figure with no as-at date cannot be placed, so it is left out rather than guessed in;
 * a later document (the inspection report of 2019) never appears in a 2018 pack.
 */
export async function packResources(ctx: ServiceContext, date: IsoDate): Promise<PackResources> {
  const { finance, workforce } = await getResources(ctx);
  const known = (figures: readonly ResourceFigure[]) => figures.filter((f) => f.asAt !== null && f.asAt <= date);
  return { finance: known(finance), workforce: known(workforce) };
}
