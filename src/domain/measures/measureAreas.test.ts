import { describe, expect, it } from 'vitest';
import { BluelampProblem } from '../errors.js';
import { OrganisationModel, type OrgUnit } from '../organisation/index.js';
import { demoOrganisation } from '../../../demo/organisation.js';
import { allBoroughs, boroughCodesByName, resolveArea } from './measureAreas.js';

const unit = (
  code: string,
  kind: OrgUnit['kind'],
  name: string,
  sortOrder: number,
  more: Partial<OrgUnit> = {},
): OrgUnit => ({
  code,
  kind,
  name,
  leadCode: null,
  gssCode: null,
  goLive: null,
  pathfinder: false,
  sortOrder,
  ...more,
});

const units = [
  unit('mps', 'force', 'Metropolitan Police Service', 0),
  unit('cn', 'bcu', 'Central North', 1),
  unit('camden', 'borough', 'Camden', 2),
  unit('islington', 'borough', 'Islington', 3),
  unit('barking', 'borough', 'Barking & Dagenham', 4),
];
const memberships = [
  { unitCode: 'camden', parentCode: 'cn', validFrom: null, validTo: null },
  { unitCode: 'islington', parentCode: 'cn', validFrom: null, validTo: null },
];
const model = new OrganisationModel(units, memberships);

describe('the areas a measure is reported for', () => {
  it('finds a borough, a BCU (the sum of its boroughs) or London by code or name', () => {
    expect(resolveArea(model, ' CAMDEN ', '2019-01-01')).toEqual({
      code: 'camden',
      name: 'Camden',
      kind: 'borough',
      boroughs: ['camden'],
      countedAreas: ['camden'],
      composition: 'Camden',
    });
    const bcu = resolveArea(model, 'Central North', '2019-01-01');
    expect([bcu.boroughs, bcu.countedAreas, bcu.composition]).toEqual([
      ['camden', 'islington'],
      ['camden', 'islington'],
      'Camden and Islington',
    ]);
    expect(resolveArea(model, 'London', '2019-01-01')).toMatchObject({ code: 'mps', kind: 'force' });
    expect(resolveArea(model, 'mps', '2019-01-01').boroughs).toHaveLength(3);
  });

  it('sums London over the areas the organisation puts in the force total, which can be more than its boroughs', () => {
    const airports = unit('airports', 'airports', 'Heathrow and London City airports', 9, { inForceTotal: true });
    const marked = new OrganisationModel(
      [...units.map((u) => (u.kind === 'borough' ? { ...u, inForceTotal: true } : u)), airports],
      memberships,
    );
    const london = resolveArea(marked, 'London', '2019-01-01');
    expect(london.boroughs).toEqual(['camden', 'islington', 'barking']);
    expect(london.countedAreas).toEqual(['camden', 'islington', 'barking', 'airports']);
    expect(london.composition).toBe('Camden, Islington, Barking & Dagenham and Heathrow and London City airports');
    // A force that marks no area has the plainest total: its boroughs.
    expect(resolveArea(model, 'London', '2019-01-01').countedAreas).toEqual(['camden', 'islington', 'barking']);
    // Leaving a borough out of the force total is the organisation's to say, not the code's.
    const without = new OrganisationModel(
      [
        ...units.map((u) => (u.code === 'camden' || u.code === 'islington' ? { ...u, inForceTotal: true } : u)),
        airports,
      ],
      memberships,
    );
    expect(resolveArea(without, 'London', '2019-01-01').countedAreas).toEqual(['camden', 'islington', 'airports']);
  });

  it("holds the Met's 32 boroughs and the airports area in the demo organisation's London, in no BCU", () => {
    const { units: demoUnits, memberships: demoMemberships } = demoOrganisation();
    const demo = new OrganisationModel(demoUnits, demoMemberships);
    const london = resolveArea(demo, 'London', '2018-06-01');
    expect(london.countedAreas).toHaveLength(33);
    expect(london.countedAreas.at(-1)).toBe('airports');
    expect(london.composition).toBe('32 boroughs and Heathrow and London City airports');
    const bcus = demo.unitsOfKind('bcu').map((bcu) => resolveArea(demo, bcu.code, '2019-06-01'));
    expect(bcus.flatMap((bcu) => bcu.countedAreas)).not.toContain('airports');
    expect(bcus.flatMap((bcu) => bcu.countedAreas)).toHaveLength(32);
  });

  it('refuses an area that is none of these, naming the area field', () => {
    expect(() => resolveArea(model, 'Atlantis', '2019-01-01')).toThrow(BluelampProblem);
  });

  it('lists every borough, and finds boroughs by the names crime files give them', () => {
    expect(allBoroughs(model).map((b) => b.code)).toEqual(['camden', 'islington', 'barking']);
    expect(boroughCodesByName(model).get('barking and dagenham')).toBe('barking');
  });
});
