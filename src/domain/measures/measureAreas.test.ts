import { describe, expect, it } from 'vitest';
import { BluelampProblem } from '../errors.js';
import { OrganisationModel, type OrgUnit } from '../organisation/index.js';
import { allBoroughs, boroughCodesByName, resolveArea } from './measureAreas.js';

const unit = (code: string, kind: OrgUnit['kind'], name: string, sortOrder: number): OrgUnit => ({
  code,
  kind,
  name,
  leadCode: null,
  gssCode: null,
  goLive: null,
  pathfinder: false,
  sortOrder,
});

const model = new OrganisationModel(
  [
    unit('mps', 'force', 'Metropolitan Police Service', 0),
    unit('cn', 'bcu', 'Central North', 1),
    unit('camden', 'borough', 'Camden', 2),
    unit('islington', 'borough', 'Islington', 3),
    unit('barking', 'borough', 'Barking & Dagenham', 4),
  ],
  [
    { unitCode: 'camden', parentCode: 'cn', validFrom: null, validTo: null },
    { unitCode: 'islington', parentCode: 'cn', validFrom: null, validTo: null },
  ],
);

describe('the areas a measure is reported for', () => {
  it('finds a borough, a BCU (the sum of its boroughs) or London by code or name', () => {
    expect(resolveArea(model, ' CAMDEN ', '2019-01-01')).toEqual({
      code: 'camden',
      name: 'Camden',
      kind: 'borough',
      boroughs: ['camden'],
    });
    expect(resolveArea(model, 'Central North', '2019-01-01').boroughs).toEqual(['camden', 'islington']);
    expect(resolveArea(model, 'London', '2019-01-01')).toMatchObject({ code: 'mps', kind: 'force' });
    expect(resolveArea(model, 'mps', '2019-01-01').boroughs).toHaveLength(3);
  });

  it('refuses an area that is none of these, naming the area field', () => {
    expect(() => resolveArea(model, 'Atlantis', '2019-01-01')).toThrow(BluelampProblem);
  });

  it('lists every borough, and finds boroughs by the names crime files give them', () => {
    expect(allBoroughs(model).map((b) => b.code)).toEqual(['camden', 'islington', 'barking']);
    expect(boroughCodesByName(model).get('barking and dagenham')).toBe('barking');
  });
});
