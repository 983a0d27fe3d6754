import type { IsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  ABSTRACTION_REASON_LABELS,
  ABSTRACTION_REASONS,
  boroughOfWard,
  byWardName,
  requireBorough,
  summariseAbstractions,
  type Abstraction,
  type AbstractionReason,
  type AbstractionSummary,
} from '../../domain/neighbourhoods/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { abstractionDates, listAbstractions } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import type { AreaRef } from './complianceViews.js';

export interface AreaAbstractions extends AreaRef, AbstractionSummary {}

export interface AbstractionReport {
  /** The period, both ends included; by default every day anything is recorded for. */
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly reasons: { code: AbstractionReason; label: string }[];
  readonly synthetic: boolean;
  readonly borough: AreaRef | null;
  readonly london: AbstractionSummary;
  readonly bcus: AreaAbstractions[];
  /** Hours in boroughs that were still their own commands at the end of the period. */
  readonly outsideBcus: (AbstractionSummary & { readonly boroughs: AreaRef[] }) | null;
  readonly boroughs: AreaAbstractions[];
  /** The wards of the borough asked about, each with what it lost. */
  readonly wards: AreaAbstractions[];
}

function groupBy(
  records: readonly Abstraction[],
  keyOf: (record: Abstraction) => string | null,
): Map<string, Abstraction[]> {
  const groups = new Map<string, Abstraction[]>();
  for (const record of records) {
    const key = keyOf(record);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return groups;
}

function areas(units: readonly AreaRef[], groups: Map<string, Abstraction[]>): AreaAbstractions[] {
  return units.map((unit) => ({
    code: unit.code,
    name: unit.name,
    ...summariseAbstractions(groups.get(unit.code) ?? []),
  }));
}

function summarise(model: OrganisationModel, records: readonly Abstraction[], to: IsoDate, boroughCode: string | null) {
  const boroughOf = (r: Abstraction) => boroughOfWard(model, r.wardCode, to)?.code ?? null;
  const byBorough = groupBy(records, boroughOf);
  const byBcu = groupBy(records, (r) => {
    const borough = boroughOf(r);
    return borough === null ? null : (model.bcuOfBoroughOn(borough, to)?.code ?? null);
  });
  const boroughs = model.unitsOfKind('borough').filter((b) => boroughCode === null || b.code === boroughCode);
  const bcuCodes = new Set(boroughs.map((b) => model.bcuOfBoroughOn(b.code, to)?.code));
  const wards = boroughCode === null ? [] : model.childrenOn(boroughCode, to, 'ward').sort(byWardName);
  const outside = boroughs.filter((b) => model.bcuOfBoroughOn(b.code, to) === null);
  const outsideRecords = outside.flatMap((b) => byBorough.get(b.code) ?? []);
  return {
    outsideBcus:
      outside.length === 0
        ? null
        : { boroughs: outside.map((b) => ({ code: b.code, name: b.name })), ...summariseAbstractions(outsideRecords) },
    bcus: areas(
      model.unitsOfKind('bcu').filter((bcu) => bcuCodes.has(bcu.code)),
      byBcu,
    ),
    boroughs: areas(boroughs, byBorough),
    wards: areas(
      wards,
      groupBy(records, (r) => r.wardCode),
    ),
  };
}

/** Hours officers were taken off their wards, by reason and role, for London, each BCU and borough, and a borough's wards. */
export async function getAbstractionSummary(
  ctx: ServiceContext,
  query: { from?: IsoDate | undefined; to?: IsoDate | undefined; borough?: string | undefined } = {},
): Promise<AbstractionReport> {
  authorise(ctx, 'neighbourhoods.read');
  const held = await abstractionDates(ctx.store.db);
  const from = query.from ?? held?.first ?? null;
  const to = query.to ?? held?.last ?? null;
  if (from !== null && to !== null && to < from)
    throw new BluelampProblem('invalid-input', 'The period ends before it starts.', 'to');
  const model = await loadOrganisationModel(ctx, { wards: true });
  const borough = query.borough === undefined ? null : requireBorough(model, query.borough);
  const records = from === null || to === null ? [] : await listAbstractions(ctx.store.db, { from, to });
  const parts = summarise(model, records, to ?? ctx.today(), borough?.code ?? null);
  return {
    from,
    to,
    reasons: ABSTRACTION_REASONS.map((code) => ({ code, label: ABSTRACTION_REASON_LABELS[code] })),
    synthetic: records.some((r) => r.synthetic),
    borough: borough === null ? null : { code: borough.code, name: borough.name },
    london: summariseAbstractions(records),
    ...parts,
  };
}
