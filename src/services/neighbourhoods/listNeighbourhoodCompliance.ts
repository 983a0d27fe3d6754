import type { IsoDate } from '../../domain/calendar/index.js';
import { combineRollUps, requireBorough, rollUp, type ComplianceRollUp } from '../../domain/neighbourhoods/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadComplianceData, type MinimumInForce } from './complianceAccess.js';
import { asAtDates, type AreaRef } from './complianceViews.js';

export interface BoroughCompliance extends AreaRef, ComplianceRollUp {
  readonly bcu: AreaRef | null;
}

export interface BcuCompliance extends AreaRef, ComplianceRollUp {
  readonly boroughs: AreaRef[];
}

export interface NeighbourhoodCompliance {
  readonly on: IsoDate;
  /** Every as-at date the figures shown were stated on, oldest first. */
  readonly asAt: IsoDate[];
  readonly minimum: MinimumInForce;
  /** Some of the figures were generated for the demo. */
  readonly synthetic: boolean;
  readonly borough: AreaRef | null;
  readonly london: ComplianceRollUp;
  readonly bcus: BcuCompliance[];
  /** Boroughs still policed as their own commands on the day: no BCU to count them in. */
  readonly outsideBcus: (ComplianceRollUp & { readonly boroughs: AreaRef[] }) | null;
  readonly boroughs: BoroughCompliance[];
}

/**
 * Wards meeting the minimum, and the posts short of it, for every borough and BCU and for
 * London, on a day (today unless asked). With a borough, only that borough and its BCU.
 */
export async function listNeighbourhoodCompliance(
  ctx: ServiceContext,
  query: { on?: IsoDate | undefined; borough?: string | undefined } = {},
): Promise<NeighbourhoodCompliance> {
  authorise(ctx, 'neighbourhoods.read');
  const on = query.on ?? ctx.today();
  const data = await loadComplianceData(ctx, on);
  const chosen = query.borough === undefined ? null : requireBorough(data.model, query.borough);
  const all = data.model.unitsOfKind('borough').map((borough) => {
    const bcu = data.model.bcuOfBoroughOn(borough.code, on);
    const total = rollUp(data.wardsByBorough.get(borough.code) ?? []);
    return {
      code: borough.code,
      name: borough.name,
      bcu: bcu === null ? null : { code: bcu.code, name: bcu.name },
      ...total,
    };
  });
  const shown = chosen === null ? all : all.filter((b) => b.code === chosen.code);
  const bcuCodes = new Set(shown.flatMap((b) => (b.bcu === null ? [] : [b.bcu.code])));
  const bcus = data.model
    .unitsOfKind('bcu')
    .filter((bcu) => bcuCodes.has(bcu.code))
    .map((bcu) => {
      const boroughs = all.filter((b) => b.bcu?.code === bcu.code);
      return {
        code: bcu.code,
        name: bcu.name,
        boroughs: boroughs.map((b) => ({ code: b.code, name: b.name })),
        ...combineRollUps(boroughs),
      };
    });
  const outside = shown.filter((b) => b.bcu === null && b.wards > 0);
  const wards = [...data.wardsByBorough.values()].flat();
  const shownWards = shown.flatMap((b) => data.wardsByBorough.get(b.code) ?? []);
  return {
    on,
    asAt: asAtDates(shownWards),
    minimum: data.minimum,
    synthetic: shownWards.some((w) => w.synthetic),
    borough: chosen === null ? null : { code: chosen.code, name: chosen.name },
    london: rollUp(wards),
    bcus,
    outsideBcus:
      outside.length === 0
        ? null
        : { boroughs: outside.map((b) => ({ code: b.code, name: b.name })), ...combineRollUps(outside) },
    boroughs: shown,
  };
}
