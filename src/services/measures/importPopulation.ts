import { IngestError, readPopulationCsv, type IngestProblem } from '../../ingest/index.js';
import { POLICE_FORCES } from '../../domain/crime-data/index.js';
import { boroughCodesByName } from '../../domain/measures/index.js';
import { normalisedAreaName } from '../../domain/organisation/index.js';
import { appendAuditRecords, listPoliceForces, writeEthnicPopulations, writePopulations } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { refusedFile } from '../refusedFile.js';

/**
 * Loads populations (Area, Year, Population) of boroughs and police forces, used for rates per
 * 1,000 residents; with an "Ethnic group" column, the residents of each group (for stop and
 * search rates).
 */
export async function importPopulation(
  ctx: ServiceContext,
  input: { fileName: string; content: Buffer },
): Promise<{ fileName: string; rows: number }> {
  authorise(ctx, 'crime-data.import');
  const areas = boroughCodesByName(await loadOrganisationModel(ctx));
  for (const force of [...POLICE_FORCES, ...(await listPoliceForces(ctx.store.db))]) {
    areas.set(normalisedAreaName(force.name), force.code);
    areas.set(normalisedAreaName(force.code), force.code);
  }
  try {
    const sheet = readPopulationCsv(input.content.toString('utf8'), input.fileName);
    const problems: IngestProblem[] = [...sheet.problems];
    const rows = sheet.rows.flatMap((row) => {
      const areaCode = areas.get(normalisedAreaName(row.area)) ?? [...areas.values()].find((code) => code === row.area);
      if (areaCode === undefined)
        problems.push({
          file: input.fileName,
          row: row.row,
          column: 'Area',
          message: `"${row.area}" is not a borough or a police force`,
        });
      return areaCode === undefined ? [] : [{ ...row, areaCode }];
    });
    if (problems.length > 0) throw new IngestError([...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
    return await ctx.store.db.transaction().execute(async (trx) => {
      await writePopulations(
        trx,
        rows.filter((row) => row.ethnicGroup === null),
      );
      const source = input.fileName;
      await writeEthnicPopulations(
        trx,
        rows.flatMap((row) => (row.ethnicGroup === null ? [] : [{ ...row, ethnicGroup: row.ethnicGroup, source }])),
      );
      const summary = { fileName: input.fileName, rows: rows.length };
      await appendAuditRecords(trx, [
        auditRecord(ctx, { action: 'create', entityType: 'populations', entityId: input.fileName, after: summary }),
      ]);
      return summary;
    });
  } catch (error) {
    if (error instanceof IngestError) throw refusedFile(error);
    throw error;
  }
}
