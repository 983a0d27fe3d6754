import { periodCode } from '../../domain/calendar/index.js';
import { parsePeriodInput, resolveArea, type Observation } from '../../domain/measures/index.js';
import {
  IngestError,
  readObservationsCsv,
  readObservationsXlsx,
  type IngestProblem,
  type ObservationRow,
} from '../../ingest/index.js';
import { appendAuditRecords, listMeasureDefinitions, upsertObservations } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { refusedFile } from '../refusedFile.js';

export interface ObservationImportSummary {
  readonly fileName: string;
  readonly rows: number;
  readonly added: number;
  readonly revised: number;
  readonly unchanged: number;
  readonly dryRun: boolean;
}

async function toObservations(
  ctx: ServiceContext,
  fileName: string,
  sheet: { rows: readonly ObservationRow[]; problems: readonly IngestProblem[] },
): Promise<Observation[]> {
  const rows = sheet.rows;
  const measures = new Set((await listMeasureDefinitions(ctx.store.db)).map((m) => m.code));
  const model = await loadOrganisationModel(ctx);
  const problems: IngestProblem[] = [...sheet.problems];
  const observations: Observation[] = [];
  for (const row of rows) {
    const at = (column: string, message: string): void => {
      problems.push({ file: fileName, row: row.row, column, message });
    };
    if (!measures.has(row.measure)) at('Measure', `"${row.measure}" is not the code of a measure`);
    const period = parsePeriodInput(row.period);
    if (period === null)
      at('Period', `"${row.period}" is not a period such as 2016-17, 2016-17 Q2, R12 2016-09 or 2016-09`);
    let areaCode: string | null = null;
    try {
      areaCode = resolveArea(model, row.area, ctx.today()).code;
    } catch {
      at('Area', `"${row.area}" is not a borough, a BCU or London`);
    }
    if (areaCode === null || period === null) continue;
    observations.push({
      measureCode: row.measure,
      areaCode,
      period: periodCode(period),
      breakdown: row.breakdown,
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
      sampleSize: row.sampleSize,
      designEffect: row.designEffect,
      status: row.status,
      asAt: row.asAt,
      synthetic: false,
    });
  }
  if (problems.length > 0) throw new IngestError([...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
  return observations;
}

/**
 * Loads observations for any measure from CSV or XLSX: all rows or none, each problem named by
 * row and column. A value that differs from the one held supersedes it; the old one is kept.
 */
export async function importObservations(
  ctx: ServiceContext,
  input: { fileName: string; format: 'csv' | 'xlsx'; content: Buffer; dryRun?: boolean },
): Promise<ObservationImportSummary> {
  authorise(ctx, 'crime-data.import');
  try {
    const sheet =
      input.format === 'csv'
        ? readObservationsCsv(input.content.toString('utf8'), input.fileName)
        : await readObservationsXlsx(input.content, input.fileName);
    const observations = await toObservations(ctx, input.fileName, sheet);
    const rows = sheet.rows;
    if (input.dryRun === true)
      return { fileName: input.fileName, rows: rows.length, added: 0, revised: 0, unchanged: 0, dryRun: true };
    return await ctx.store.db.transaction().execute(async (trx) => {
      const tally = await upsertObservations(trx, observations, new Date().toISOString());
      const summary = { fileName: input.fileName, rows: rows.length, ...tally, dryRun: false };
      await appendAuditRecords(trx, [
        auditRecord(ctx, { action: 'create', entityType: 'observations', entityId: input.fileName, after: summary }),
      ]);
      return summary;
    });
  } catch (error) {
    if (error instanceof IngestError) throw refusedFile(error);
    throw error;
  }
}
