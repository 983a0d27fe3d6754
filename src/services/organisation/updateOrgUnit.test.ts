import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { resolveArea } from '../../domain/measures/index.js';
import { describeWithCrimeDataBasics } from '../../../test/support/crimeDataContext.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import { checkMpsBoroughFile } from '../crime-data/checkMpsBoroughFile.js';
import { getOrgUnit } from './getOrgUnit.js';
import { loadOrganisationModel } from './loadOrganisationModel.js';
import { updateOrgUnit } from './updateOrgUnit.js';

const file = (area: string) => ({
  fileName: 'areas.csv',
  content: Readable.from([`MajorText,MinorText,BoroughName,202401\nTHEFT,OTHER THEFT,${area},7\n`]),
});

describeWithCrimeDataBasics('the names and the force total of a unit, as data', (ctx) => {
  it('gives the airports area another name files use, audited, and files using it then load', async () => {
    expect((await checkMpsBoroughFile(ctx(), file('Heathrow Airport'))).problems).toHaveLength(1);
    const before = await getOrgUnit(ctx(), { code: 'airports' });
    expect(before).toMatchObject({
      aliases: ['London Heathrow and London City Airports', 'Aviation Security (SO18)'],
      inForceTotal: true,
    });
    const after = await updateOrgUnit(ctx(), {
      code: 'airports',
      aliases: [...before.aliases, ' Heathrow Airport '],
      reason: 'Name used by a partner file',
    });
    expect(after.aliases).toEqual([
      'London Heathrow and London City Airports',
      'Aviation Security (SO18)',
      'Heathrow Airport',
    ]);
    expect((await checkMpsBoroughFile(ctx(), file('heathrow airport'))).problems).toEqual([]);
    const audit = await listAuditHistory(ctx(), { entityType: 'org_unit', entityId: 'airports' });
    expect(audit.at(-1)).toMatchObject({ action: 'update', reason: 'Name used by a partner file' });
  });

  it('takes an area out of the force total and back, which is what London then adds up', async () => {
    await updateOrgUnit(ctx(), { code: 'airports', inForceTotal: false, reason: 'Reported apart' });
    const without = resolveArea(await loadOrganisationModel(ctx()), 'London', '2019-01-01');
    expect(without.countedAreas).not.toContain('airports');
    expect(without.composition).toBe('32 boroughs');
    await updateOrgUnit(ctx(), { code: 'airports', inForceTotal: true, reason: 'As the Met publishes it' });
    const london = resolveArea(await loadOrganisationModel(ctx()), 'London', '2019-01-01');
    expect(london.countedAreas).toContain('airports');
  });

  it('refuses an empty alias and a name given twice, naming the aliases field', async () => {
    await expect(updateOrgUnit(ctx(), { code: 'airports', aliases: ['  '] })).rejects.toMatchObject({
      kind: 'invalid-input',
      field: 'aliases',
    });
    await expect(
      updateOrgUnit(ctx(), { code: 'airports', aliases: ['Aviation Security (SO18)', 'aviation  security (so18)'] }),
    ).rejects.toMatchObject({ kind: 'invalid-input', field: 'aliases' });
  });
});
