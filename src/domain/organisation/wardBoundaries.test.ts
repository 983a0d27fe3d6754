import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONDON_WARD_BOUNDARY_DATES, matchWards, wardBoundariesOf, type WardInFile } from './wardBoundaries.js';
import { OrganisationModel } from './organisationModel.js';
import type { Membership, OrgUnit } from './orgUnit.js';

const unit = (code: string, kind: OrgUnit['kind'], name: string, gssCode: string | null = null): OrgUnit => ({
  code,
  kind,
  name,
  leadCode: null,
  gssCode,
  goLive: null,
  pathfinder: false,
  sortOrder: 0,
});
const member = (unitCode: string, parentCode: string, validFrom: string | null = null): Membership => ({
  unitCode,
  parentCode,
  validFrom,
  validTo: null,
});

const model = new OrganisationModel(
  [
    unit('camden', 'borough', 'Camden'),
    unit('islington', 'borough', 'Islington'),
    unit('camden-ward-1', 'ward', 'Camden ward 1'),
    unit('E05013652', 'ward', 'Camden Town', 'E05013652'),
    unit('CN', 'bcu', 'Central North'),
  ],
  [member('camden-ward-1', 'camden'), member('E05013652', 'camden', '2022-05-05'), member('camden', 'CN')],
);

const row = (code: string, name: string, borough: 'camden' | 'islington', line: number): WardInFile => ({
  code,
  name,
  boroughCode: borough,
  boroughName: borough === 'camden' ? 'Camden' : 'Islington',
  row: line,
});

describe('the boundaries of a ward file', () => {
  it('are the latest London change on or before the last month of the file', () => {
    expect(wardBoundariesOf('2024-10')).toBe('2022-05-05');
    expect(wardBoundariesOf('2022-05')).toBe('2022-05-05');
    expect(wardBoundariesOf('2022-04')).toBe('2018-05-03');
    expect(wardBoundariesOf('2016-12')).toBe('2014-05-22');
    expect(wardBoundariesOf('2001-12')).toBeNull();
  });

  it('never come after the file ends, nor skip a change before it', () => {
    const month = fc
      .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, m]) => `${year}-${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(month, (last) => {
        const from = wardBoundariesOf(last);
        const before = LONDON_WARD_BOUNDARY_DATES.filter((date) => date.slice(0, 7) <= last);
        expect(from).toBe(before.at(-1) ?? null);
      }),
    );
  });
});

describe('matching a file’s wards to the organisation by ONS code', () => {
  it('finds a ward it has, and creates one it lacks under its borough from the day the boundaries began', () => {
    const match = matchWards(
      model,
      [
        row('E05013652', 'Camden Town', 'camden', 2),
        row('E05013652', 'Camden Town', 'camden', 3),
        row('E05013700', 'Holloway', 'islington', 4),
      ],
      '2022-05-05',
    );
    expect(match.problems).toEqual([]);
    expect([...match.unitOf]).toEqual([
      ['E05013652', 'E05013652'],
      ['E05013700', 'E05013700'],
    ]);
    expect(match.created).toEqual([
      {
        unit: { ...unit('E05013700', 'ward', 'Holloway', 'E05013700') },
        membership: member('E05013700', 'islington', '2022-05-05'),
      },
    ]);
  });

  it('leaves a ward without an ONS code (such as the 2018 demo wards) alone: a ward file never matches it', () => {
    const match = matchWards(model, [row('E05000130', 'Camden ward 1', 'camden', 2)], '2022-05-05');
    expect(match.created.map((ward) => ward.unit.code)).toEqual(['E05000130']);
    expect(match.unitOf.get('E05000130')).toBe('E05000130');
  });

  it('names, by row, a ward the organisation has in another borough, and a code given two ways in the file', () => {
    const match = matchWards(
      model,
      [
        row('E05013652', 'Camden Town', 'islington', 2),
        row('E05013700', 'Holloway', 'islington', 3),
        row('E05013700', 'Holloway', 'camden', 4),
        row('E05013700', 'Holloway Road', 'islington', 5),
        row('CN', 'Central North', 'camden', 6),
      ],
      '2022-05-05',
    );
    expect(match.problems).toEqual([
      { row: 4, about: 'code', message: 'E05013700 is in Islington in row 3, not in Camden' },
      { row: 5, about: 'name', message: 'E05013700 is "Holloway" in row 3, not "Holloway Road"' },
      { row: 2, about: 'code', message: 'E05013652 is Camden Town, in Camden in the organisation, not in Islington' },
      { row: 6, about: 'code', message: 'CN is the code of Central North, not a ward' },
    ]);
  });
});
