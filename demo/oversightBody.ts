/**
 * The oversight body as units, so that its own delivery plan can name leads the way the force's
 * plans do. MOPAC is a body of its own, not part of the force: it has no parent and its units
 * count in no force total. The plan names MOPAC's roles (analysts, oversight officers,
 * commissioners) but not its directorates; the three below are the demo's reading of those roles.
 */
import type { Membership, OrgUnit } from '../src/domain/organisation/index.js';

const MOPAC = 'MOPAC';

const DIRECTORATES: readonly { code: string; name: string }[] = [
  { code: 'MOPAC-CP', name: 'MOPAC Commissioning and Partnerships' },
  { code: 'MOPAC-OV', name: 'MOPAC Oversight of the MPS' },
  { code: 'MOPAC-EI', name: 'MOPAC Evidence and Insight' },
];

function oversightUnit(code: string, name: string, sortOrder: number): OrgUnit {
  return { code, kind: 'unit', name, leadCode: code, gssCode: null, goLive: null, pathfinder: false, sortOrder };
}

/** MOPAC and its directorates, each directorate part of MOPAC for as long as the demo knows. */
export function oversightBodyOrganisation(): { units: OrgUnit[]; memberships: Membership[] } {
  return {
    units: [
      oversightUnit(MOPAC, "Mayor's Office for Policing and Crime", 200),
      ...DIRECTORATES.map((directorate, index) => oversightUnit(directorate.code, directorate.name, 201 + index)),
    ],
    memberships: DIRECTORATES.map((directorate) => ({
      unitCode: directorate.code,
      parentCode: MOPAC,
      validFrom: null,
      validTo: null,
    })),
  };
}
