import { describe, expect, it } from 'vitest';
import { demoOrganisation } from '../../../demo/organisation.js';
import { CrimeAreaDirectory, describeAreas, forceTotalAreas } from './forceAreas.js';
import { OrganisationModel } from './organisationModel.js';

const { units, memberships } = demoOrganisation();
const model = new OrganisationModel(units, memberships);

describe("the force's own areas", () => {
  it('makes the force total of the units marked as in it: the 32 boroughs, then the airports area', () => {
    const total = forceTotalAreas(model);
    expect(total).toHaveLength(33);
    expect(total.filter((unit) => unit.kind === 'borough')).toHaveLength(32);
    expect(total.at(-1)).toMatchObject({ code: 'airports', kind: 'airports' });
    expect(describeAreas(total)).toBe('32 boroughs and Heathrow and London City airports');
  });

  it('finds the airports area by either name the MPS files give it, and every borough by name or code', () => {
    const directory = new CrimeAreaDirectory(model);
    expect(directory.find('London Heathrow and London City Airports')?.code).toBe('airports');
    expect(directory.find(' aviation security (so18) ')?.code).toBe('airports');
    expect(directory.find('Heathrow and London City airports')?.code).toBe('airports');
    expect(directory.find('KINGSTON UPON THAMES')?.code).toBe('kingston-upon-thames');
    expect(directory.find('Barking & Dagenham')?.code).toBe('barking-and-dagenham');
    expect(directory.find('camden')?.code).toBe('camden');
  });

  it('finds no unit that is neither a borough nor an area of the force total', () => {
    const directory = new CrimeAreaDirectory(model);
    for (const name of ['Central North', 'CN', 'Frontline Policing', 'Metropolitan Police Service', 'Unknown']) {
      expect(directory.find(name)).toBeUndefined();
    }
  });

  it('keeps the airports area out of every BCU on every day', () => {
    for (const on of ['2017-06-01', '2018-06-01', '2019-06-01'])
      expect(model.bcuOfBoroughOn('airports', on)).toBeNull();
  });
});
