import { normalisedAreaName } from './areaName.js';
import { byDisplayOrder, type OrgUnit } from './orgUnit.js';
import type { OrganisationModel } from './organisationModel.js';

/**
 * The areas whose counts add up to the force's total, in the organisation's order: the units the
 * organisation marks as in the force total (in London the 32 boroughs and the airports area). A
 * force that marks none has the plainest total there is, the sum of its boroughs.
 */
export function forceTotalAreas(model: OrganisationModel): OrgUnit[] {
  const marked = model.units.filter((unit) => unit.inForceTotal === true);
  if (marked.length === 0) return model.unitsOfKind('borough');
  const boroughs = marked.filter((unit) => unit.kind === 'borough');
  const others = marked.filter((unit) => unit.kind !== 'borough');
  return [...boroughs.sort(byDisplayOrder), ...others.sort(byDisplayOrder)];
}

/**
 * What a figure holds, in words, for a page that shows it: "32 boroughs and Heathrow and London
 * City airports" for London, "Camden and Islington" for a BCU (a few boroughs are named, many
 * counted).
 */
export function describeAreas(areas: readonly OrgUnit[]): string {
  const boroughs = areas.filter((unit) => unit.kind === 'borough');
  const parts = [
    ...(boroughs.length > 4 ? [`${boroughs.length} boroughs`] : boroughs.map((unit) => unit.name)),
    ...areas.filter((unit) => unit.kind !== 'borough').map((unit) => unit.name),
  ];
  if (parts.length <= 1) return parts[0] ?? 'no areas';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/**
 * The areas a crime file may name — the boroughs, the airports area and any other unit in the
 * force total — found by name, code or alias as people write them (case, spacing and "&" do not
 * matter).
 */
export class CrimeAreaDirectory {
  private readonly byName = new Map<string, OrgUnit>();

  constructor(model: OrganisationModel) {
    const areas = [
      ...model.unitsOfKind('borough'),
      ...model.unitsOfKind('airports'),
      ...model.units.filter((unit) => unit.inForceTotal === true),
    ];
    for (const area of areas) {
      for (const name of [area.name, area.code, ...(area.aliases ?? [])]) {
        const key = normalisedAreaName(name);
        if (!this.byName.has(key)) this.byName.set(key, area);
      }
    }
  }

  find(name: string): OrgUnit | undefined {
    return this.byName.get(normalisedAreaName(name));
  }
}
