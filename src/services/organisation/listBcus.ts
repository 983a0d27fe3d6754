import type { IsoDate } from '../../domain/calendar/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from './loadOrganisationModel.js';
import { describeGoLive, type DateQuery, type GoLive } from './organisationViews.js';

export interface BoroughInBcu {
  readonly code: string;
  readonly name: string;
  readonly gssCode: string | null;
}

export interface BcuListing {
  readonly code: string;
  readonly name: string;
  readonly goLive: GoLive | null;
  readonly pathfinder: boolean;
  readonly boroughs: BoroughInBcu[];
}

export interface BcuList {
  readonly on: IsoDate;
  readonly bcus: BcuListing[];
  /** Boroughs not yet in a BCU on that day (still borough commands before the roll-out). */
  readonly boroughsOutsideBcus: BoroughInBcu[];
}

/** The Basic Command Units that existed on a day, each with the boroughs it covered then. */
export async function listBcus(ctx: ServiceContext, query: DateQuery = {}): Promise<BcuList> {
  authorise(ctx, 'organisation.read');
  const on = query.on ?? ctx.today();
  const model = await loadOrganisationModel(ctx);
  const toBorough = (unit: { code: string; name: string; gssCode: string | null }): BoroughInBcu => ({
    code: unit.code,
    name: unit.name,
    gssCode: unit.gssCode,
  });
  const bcus = model
    .unitsOfKind('bcu')
    .filter((bcu) => model.parentOn(bcu.code, on) !== null)
    .map((bcu) => ({
      code: bcu.code,
      name: bcu.name,
      goLive: describeGoLive(bcu.goLive),
      pathfinder: bcu.pathfinder,
      boroughs: model.childrenOn(bcu.code, on, 'borough').map(toBorough),
    }));
  return { on, bcus, boroughsOutsideBcus: model.boroughsOutsideBcusOn(on).map(toBorough) };
}
