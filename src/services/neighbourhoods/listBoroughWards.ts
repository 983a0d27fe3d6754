import type { IsoDate } from '../../domain/calendar/index.js';
import { requireBorough, rollUp, type ComplianceRollUp } from '../../domain/neighbourhoods/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadComplianceData, type MinimumInForce } from './complianceAccess.js';
import { asAtDates, deploymentRows, type AreaRef, type WardDeployment } from './complianceViews.js';

export interface BoroughWards {
  readonly on: IsoDate;
  readonly asAt: IsoDate[];
  readonly borough: AreaRef & { readonly bcu: AreaRef | null };
  readonly minimum: MinimumInForce;
  readonly synthetic: boolean;
  readonly total: ComplianceRollUp;
  readonly wards: WardDeployment[];
  /** The deployment table exactly as published: the page shows it and the CSV download holds it. */
  readonly table: { readonly headers: string[]; readonly rows: string[][] };
}

/** A borough's wards with their DWO and PCSO posts and their standing against the minimum, on a day. */
export async function listBoroughWards(
  ctx: ServiceContext,
  query: { borough: string; on?: IsoDate | undefined },
): Promise<BoroughWards> {
  authorise(ctx, 'neighbourhoods.read');
  const on = query.on ?? ctx.today();
  const data = await loadComplianceData(ctx, on);
  const borough = requireBorough(data.model, query.borough);
  const bcu = data.model.bcuOfBoroughOn(borough.code, on);
  const wards = data.wardsByBorough.get(borough.code) ?? [];
  return {
    on,
    asAt: asAtDates(wards),
    borough: { code: borough.code, name: borough.name, bcu: bcu === null ? null : { code: bcu.code, name: bcu.name } },
    minimum: data.minimum,
    synthetic: wards.some((w) => w.synthetic),
    total: rollUp(wards),
    wards,
    table: deploymentRows(wards),
  };
}
