import { BluelampProblem } from '../errors.js';
import { normalisedAreaName, type OrganisationModel, type OrgUnit } from '../organisation/index.js';

/** An area a measure is reported for, and the boroughs whose counts add up to it. */
export interface MeasureArea {
  readonly code: string;
  readonly name: string;
  readonly kind: 'force' | 'bcu' | 'borough';
  readonly boroughs: readonly string[];
}

/** Boroughs of a BCU, as the BCU is made up now (its latest membership). */
function boroughsOf(model: OrganisationModel, bcu: OrgUnit, on: string): string[] {
  return model.childrenOn(bcu.code, on, 'borough').map((borough) => borough.code);
}

/**
 * Finds an area by code or name ("camden", "Camden", "CN", "Central North", "MPS", "London"):
 * London is the force, a BCU is the sum of its boroughs.
 */
export function resolveArea(model: OrganisationModel, text: string, on: string): MeasureArea {
  const wanted = normalisedAreaName(text);
  const force = model.unitsOfKind('force')[0];
  if (
    force !== undefined &&
    (wanted === 'london' || wanted === normalisedAreaName(force.code) || wanted === normalisedAreaName(force.name))
  ) {
    return {
      code: force.code,
      name: 'London',
      kind: 'force',
      boroughs: model.unitsOfKind('borough').map((b) => b.code),
    };
  }
  for (const kind of ['borough', 'bcu'] as const) {
    const unit = model
      .unitsOfKind(kind)
      .find((u) => normalisedAreaName(u.code) === wanted || normalisedAreaName(u.name) === wanted);
    if (unit === undefined) continue;
    const boroughs = kind === 'borough' ? [unit.code] : boroughsOf(model, unit, on);
    return { code: unit.code, name: unit.name, kind, boroughs };
  }
  throw new BluelampProblem('invalid-input', `"${text}" is not a borough, a BCU or London.`, 'area');
}

/** Every borough, in the organisation's order, for comparisons across London. */
export function allBoroughs(model: OrganisationModel): MeasureArea[] {
  return model.unitsOfKind('borough').map((b) => ({ code: b.code, name: b.name, kind: 'borough', boroughs: [b.code] }));
}

/** Borough codes by every way the crime files write their names. */
export function boroughCodesByName(model: OrganisationModel): Map<string, string> {
  return new Map(model.unitsOfKind('borough').map((b) => [normalisedAreaName(b.name), b.code]));
}
