import type { IsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadComplianceData, type MinimumInForce } from './complianceAccess.js';
import type { WardDeployment } from './complianceViews.js';
import { wardCrime, type WardCrime } from './wardCrime.js';

/** One ward on a day: its DWO and PCSO posts against the minimum, beside its recorded crime. */
export interface WardProfile {
  readonly on: IsoDate;
  readonly minimum: MinimumInForce;
  readonly ward: WardDeployment;
  /** Null where no ward-level crime file gives figures for the ward. */
  readonly crime: WardCrime | null;
}

function findWard(wardsByBorough: ReadonlyMap<string, WardDeployment[]>, text: string): WardDeployment | undefined {
  const wanted = text.trim().toLowerCase();
  for (const wards of wardsByBorough.values()) {
    const found = wards.find((w) => w.code.toLowerCase() === wanted || w.gssCode?.toLowerCase() === wanted);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A ward by its code or ONS code, as the organisation has it on a day (today by default): its
 * posts judged against the minimum, and its latest months of recorded crime where a ward-level
 * file is loaded.
 */
export async function getWardProfile(
  ctx: ServiceContext,
  query: { ward: string; on?: IsoDate | undefined },
): Promise<WardProfile> {
  authorise(ctx, 'neighbourhoods.read');
  const on = query.on ?? ctx.today();
  const data = await loadComplianceData(ctx, on);
  const ward = findWard(data.wardsByBorough, query.ward);
  if (ward === undefined)
    throw new BluelampProblem('not-found', `"${query.ward}" is not a ward of the force on ${on}.`, 'ward');
  return { on, minimum: data.minimum, ward, crime: await wardCrime(ctx.store.db, ward.code) };
}
