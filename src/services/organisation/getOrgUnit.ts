import type { IsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from './loadOrganisationModel.js';
import { describeGoLive, summariseUnit, type GoLive, type OrgUnitSummary } from './organisationViews.js';

export interface MembershipPeriod {
  readonly parent: OrgUnitSummary;
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
}

export interface OrgUnitDetail extends OrgUnitSummary {
  readonly gssCode: string | null;
  readonly goLive: GoLive | null;
  readonly pathfinder: boolean;
  /** Other names data files give the unit. */
  readonly aliases: readonly string[];
  /** Whether the unit's counts are part of the force's total. */
  readonly inForceTotal: boolean;
  readonly on: IsoDate;
  readonly parent: OrgUnitSummary | null;
  readonly children: OrgUnitSummary[];
  readonly history: MembershipPeriod[];
}

/** One unit with its parent and children on a day and every parent it has had. */
export async function getOrgUnit(
  ctx: ServiceContext,
  query: { code: string; on?: IsoDate | undefined },
): Promise<OrgUnitDetail> {
  authorise(ctx, 'organisation.read');
  const on = query.on ?? ctx.today();
  const model = await loadOrganisationModel(ctx, { wards: true });
  const unit = model.unit(query.code);
  if (unit === undefined)
    throw new BluelampProblem('not-found', `No organisational unit has the code "${query.code}".`, 'code');
  const parent = model.parentOn(unit.code, on);
  const history = model.historyOf(unit.code).flatMap((membership) => {
    const parentUnit = model.unit(membership.parentCode);
    return parentUnit === undefined
      ? []
      : [{ parent: summariseUnit(parentUnit), validFrom: membership.validFrom, validTo: membership.validTo }];
  });
  return {
    ...summariseUnit(unit),
    gssCode: unit.gssCode,
    goLive: describeGoLive(unit.goLive),
    pathfinder: unit.pathfinder,
    aliases: unit.aliases ?? [],
    inForceTotal: unit.inForceTotal === true,
    on,
    parent: parent === null ? null : summariseUnit(parent),
    children: model.childrenOn(unit.code, on).map(summariseUnit),
    history,
  };
}
