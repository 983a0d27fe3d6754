import { createHash } from 'node:crypto';
import { actorLabel } from '../../domain/accounts/index.js';
import { boroughCodesByName } from '../../domain/measures/index.js';
import { normalisedAreaName } from '../../domain/organisation/index.js';
import { IngestError, readMpsBoroughSeries, type IngestProblem } from '../../ingest/index.js';
import {
  appendAuditRecords,
  categoryMappings,
  deleteSyntheticCrimeCounts,
  insertCrimeImport,
  sourceKey,
  writeCrimeCounts,
  type CrimeCount,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { refusedFile } from '../refusedFile.js';

export interface CrimeImportSummary {
  readonly fileName: string;
  readonly vintage: string;
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly rowsRead: number;
  readonly counts: number;
  readonly added: number;
  readonly revised: number;
  readonly dryRun: boolean;
  /** Demo counts removed because real data arrived (they are never mixed). */
  readonly syntheticRemoved?: number;
}

async function hashing(
  source: AsyncIterable<string | Buffer>,
  hash: ReturnType<typeof createHash>,
): Promise<AsyncIterable<string>> {
  async function* pass(): AsyncGenerator<string> {
    for await (const chunk of source) {
      hash.update(chunk);
      yield typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    }
  }
  return Promise.resolve(pass());
}

function aggregate(
  series: Awaited<ReturnType<typeof readMpsBoroughSeries>>,
  input: { fileName: string; boroughs: Map<string, string>; mappings: Map<string, string> },
): CrimeCount[] {
  const problems: IngestProblem[] = [];
  const totals = new Map<string, CrimeCount>();
  for (const row of series.rows) {
    const areaCode = input.boroughs.get(normalisedAreaName(row.borough));
    const categoryCode = input.mappings.get(sourceKey({ source: 'mps-historic', major: row.major, minor: row.minor }));
    if (categoryCode === undefined) {
      problems.push({
        file: input.fileName,
        row: row.row,
        column: 'Minor Category',
        message: `"${row.major} / ${row.minor}" is not in the crime category taxonomy; add a mapping for it`,
      });
    }
    if (areaCode === undefined || categoryCode === undefined) continue;
    row.values.forEach((value, index) => {
      const month = series.months[index];
      if (value === null || month === undefined) return;
      const key = `${areaCode}|${categoryCode}|${month}`;
      const held = totals.get(key);
      totals.set(key, { areaCode, categoryCode, month, count: (held?.count ?? 0) + value });
    });
  }
  if (problems.length > 0) throw new IngestError(problems);
  return [...totals.values()];
}

/**
 * Loads an MPS borough-level crime file (either vintage) into monthly counts by borough and
 * taxonomy category. All or nothing: any problem in the file stops the load before a row is
 * written, and every problem is listed with its row and column. A dry run reads and checks only.
 */
export async function importMpsBoroughSeries(
  ctx: ServiceContext,
  input: { fileName: string; content: AsyncIterable<string | Buffer>; dryRun?: boolean },
): Promise<CrimeImportSummary> {
  authorise(ctx, 'crime-data.import');
  const model = await loadOrganisationModel(ctx);
  const boroughs = boroughCodesByName(model);
  const hash = createHash('sha256');
  try {
    const series = await readMpsBoroughSeries(await hashing(input.content, hash), input.fileName, {
      knownBoroughs: new Set(boroughs.keys()),
    });
    const source = series.vintage === 'historic' ? 'mps-historic' : 'mps-recent';
    const counts = aggregate(series, {
      fileName: input.fileName,
      boroughs,
      mappings: await categoryMappings(ctx.store.db, source),
    });
    const summary = {
      fileName: input.fileName,
      vintage: series.vintage,
      firstMonth: series.months[0] ?? '',
      lastMonth: series.months.at(-1) ?? '',
      rowsRead: series.rows.length,
      counts: counts.length,
    };
    if (input.dryRun === true) return { ...summary, added: 0, revised: 0, dryRun: true };
    return await ctx.store.db.transaction().execute(async (trx) => {
      const importId = await insertCrimeImport(trx, {
        source,
        sha256: hash.digest('hex'),
        ...summary,
        countsWritten: counts.length,
        loadedAt: new Date().toISOString(),
        loadedBy: actorLabel(ctx.actor),
      });
      const syntheticRemoved = await deleteSyntheticCrimeCounts(trx);
      const written = await writeCrimeCounts(trx, counts, importId);
      const result = { ...summary, ...written, dryRun: false, syntheticRemoved };
      await appendAuditRecords(trx, [
        auditRecord(ctx, { action: 'create', entityType: 'crime_import', entityId: String(importId), after: result }),
      ]);
      return result;
    });
  } catch (error) {
    if (error instanceof IngestError) throw refusedFile(error);
    throw error;
  }
}
