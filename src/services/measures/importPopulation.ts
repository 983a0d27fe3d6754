import { IngestError, readPopulationCsv, type IngestProblem } from '../../ingest/index.js';
import { appendAuditRecords, writePopulations } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { boroughCodesByName, normalisedAreaName } from './areas.js';
import { refusedFile } from './ingestMessage.js';

/** Loads borough populations (Area, Year, Population), used for rates per 1,000 residents. */
export async function importPopulation(
  ctx: ServiceContext,
  input: { fileName: string; content: Buffer },
): Promise<{ fileName: string; rows: number }> {
  authorise(ctx, 'crime-data.import');
  const boroughs = boroughCodesByName(await loadOrganisationModel(ctx));
  try {
    const sheet = readPopulationCsv(input.content.toString('utf8'), input.fileName);
    const problems: IngestProblem[] = [...sheet.problems];
    const rows = sheet.rows.flatMap((row) => {
      const areaCode =
        boroughs.get(normalisedAreaName(row.area)) ?? [...boroughs.values()].find((code) => code === row.area);
      if (areaCode === undefined)
        problems.push({
          file: input.fileName,
          row: row.row,
          column: 'Area',
          message: `"${row.area}" is not a borough`,
        });
      return areaCode === undefined ? [] : [{ areaCode, year: row.year, population: row.population }];
    });
    if (problems.length > 0) throw new IngestError([...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
    return await ctx.store.db.transaction().execute(async (trx) => {
      await writePopulations(trx, rows);
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
