import { BluelampProblem } from '../errors.js';
import {
  describeAreas,
  forceTotalAreas,
  normalisedAreaName,
  type OrganisationModel,
  type OrgUnit,
} from '../organisation/index.js';

/** An area a measure is reported for, and the areas whose counts add up to it. */
export interface MeasureArea {
  readonly code: string;
  readonly name: string;
  readonly kind: 'force' | 'bcu' | 'borough';
  /** The area's boroughs: what borough comparisons and populations read. */
  readonly boroughs: readonly string[];
  /**
   * The codes of every area whose crime counts add up to this area's figure: a borough itself, a
   * BCU's boroughs, and for the force the areas its total holds (in London the boroughs and the
   * airports area, as the organisation records it), which can be more than its boroughs.
   */
  readonly countedAreas: readonly string[];
  /** What the figure holds, in words: "32 boroughs and Heathrow and London City airports". */
  readonly composition: string;
}

/** Boroughs of a BCU, as the BCU is made up now (its latest membership). */
function boroughsOf(model: OrganisationModel, bcu: OrgUnit, on: string): OrgUnit[] {
  return model.childrenOn(bcu.code, on, 'borough');
}

function forceArea(model: OrganisationModel, force: OrgUnit): MeasureArea {
  const counted = forceTotalAreas(model);
  return {
    code: force.code,
    name: 'London',
    kind: 'force',
    boroughs: model.unitsOfKind('borough').map((b) => b.code),
    countedAreas: counted.map((area) => area.code),
    composition: describeAreas(counted),
  };
}

/**
 * Finds an area by code or name ("camden", "Camden", "CN", "Central North", "MPS", "London"):
 * London is the force, whose total holds the areas the organisation says it does; a BCU is the
 * sum of its boroughs.
 */
export function resolveArea(model: OrganisationModel, text: string, on: string): MeasureArea {
  const wanted = normalisedAreaName(text);
  const force = model.unitsOfKind('force')[0];
  if (
    force !== undefined &&
    (wanted === 'london' || wanted === normalisedAreaName(force.code) || wanted === normalisedAreaName(force.name))
  ) {
    return forceArea(model, force);
  }
  for (const kind of ['borough', 'bcu'] as const) {
    const unit = model
      .unitsOfKind(kind)
      .find((u) => normalisedAreaName(u.code) === wanted || normalisedAreaName(u.name) === wanted);
    if (unit === undefined) continue;
    const boroughs = kind === 'borough' ? [unit] : boroughsOf(model, unit, on);
    const codes = boroughs.map((b) => b.code);
    return {
      code: unit.code,
      name: unit.name,
      kind,
      boroughs: codes,
      countedAreas: codes,
      composition: describeAreas(boroughs),
    };
  }
  throw new BluelampProblem('invalid-input', `"${text}" is not a borough, a BCU or London.`, 'area');
}

/** Every borough, in the organisation's order, for comparisons across London. */
export function allBoroughs(model: OrganisationModel): MeasureArea[] {
  return model.unitsOfKind('borough').map((b) => ({
    code: b.code,
    name: b.name,
    kind: 'borough',
    boroughs: [b.code],
    countedAreas: [b.code],
    composition: describeAreas([b]),
  }));
}

/** Borough codes by every way the crime files write their names. */
export function boroughCodesByName(model: OrganisationModel): Map<string, string> {
  return new Map(model.unitsOfKind('borough').map((b) => [normalisedAreaName(b.name), b.code]));
}
