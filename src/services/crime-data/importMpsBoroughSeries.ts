import { actorLabel } from '../../domain/accounts/index.js';
import { IngestError } from '../../ingest/index.js';
import {
  appendAuditRecords,
  countsStillHeld,
  deleteSyntheticCrimeCounts,
  insertCrimeImport,
  insertOrganisation,
  writeCrimeSeries,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { refusedFile } from '../refusedFile.js';
import { readMpsCrimeFile, type LoadedAreas, type MpsFileInput, type MpsFileReading } from './readMpsCrimeFile.js';

export interface CrimeImportSummary {
  readonly fileName: string;
  /** The vintage of category names the file uses: "mps-historic" or "mps-recent". */
  readonly vintage: string;
  /** "borough" or "ward". */
  readonly level: string;
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly rowsRead: number;
  readonly counts: number;
  readonly added: number;
  readonly revised: number;
  readonly dryRun: boolean;
  /** The areas the file gives counts for. */
  readonly areas: LoadedAreas;
  /** For a ward file, the day its wards' boundaries began (new wards belong to their borough from then). */
  readonly wardBoundariesFrom: string | null;
  /** Demo counts removed because real data arrived (they are never mixed). */
  readonly syntheticRemoved?: number;
}

/** What a reading of a file says about it, whether it then loads or is only checked. */
export function summaryOf(reading: MpsFileReading): Omit<CrimeImportSummary, 'added' | 'revised' | 'dryRun'> {
  return {
    fileName: reading.fileName,
    vintage: reading.vintage,
    level: reading.level ?? 'borough',
    firstMonth: reading.firstMonth,
    lastMonth: reading.lastMonth,
    rowsRead: reading.rowsRead,
    counts: reading.countCount,
    areas: reading.areas,
    wardBoundariesFrom: reading.wardBoundariesFrom,
  };
}

async function load(ctx: ServiceContext, reading: MpsFileReading): Promise<CrimeImportSummary> {
  const summary = summaryOf(reading);
  // A file can always be loaded again, so its commit need not wait for the disk (see bulkTransaction).
  return ctx.store.bulkTransaction(async (trx) => {
    // The same counts as an earlier import, untouched since: nothing to compare or write.
    const unchanged =
      reading.newWards.length === 0 && (await countsStillHeld(trx, reading.counts, reading.countsSha256));
    await insertOrganisation(
      trx,
      reading.newWards.map((ward) => ward.unit),
      reading.newWards.map((ward) => ward.membership),
    );
    const importId = await insertCrimeImport(trx, {
      source: reading.vintage,
      fileName: reading.fileName,
      sha256: reading.sha256,
      firstMonth: reading.firstMonth,
      lastMonth: reading.lastMonth,
      rowsRead: reading.rowsRead,
      countsWritten: reading.countCount,
      loadedAt: new Date().toISOString(),
      loadedBy: actorLabel(ctx.actor),
      countsSha256: reading.countsSha256,
    });
    const syntheticRemoved = await deleteSyntheticCrimeCounts(trx);
    const written = unchanged
      ? { added: 0, revised: 0 }
      : await writeCrimeSeries(trx, reading.counts, importId, ctx.store.bulkInsert);
    const result = { ...summary, ...written, dryRun: false, syntheticRemoved };
    await appendAuditRecords(trx, [
      ...reading.newWards.map((ward) =>
        auditRecord(ctx, {
          action: 'create',
          entityType: 'org_unit',
          entityId: ward.unit.code,
          after: { ...ward.unit, borough: ward.membership.parentCode, validFrom: ward.membership.validFrom },
          reason: `Ward named in ${reading.fileName}`,
        }),
      ),
      auditRecord(ctx, { action: 'create', entityType: 'crime_import', entityId: String(importId), after: result }),
    ]);
    return result;
  });
}

/**
 * Loads an MPS recorded-crime file — borough or ward level, any vintage of layout and names —
 * into monthly counts by area (and ward) and taxonomy category. All or nothing: any problem in
 * the file stops the load before a row is written, and every problem is listed with its row and
 * column. A dry run reads and checks only. A ward file adds the wards the organisation lacks.
 */
export async function importMpsBoroughSeries(
  ctx: ServiceContext,
  input: MpsFileInput & { readonly dryRun?: boolean | undefined },
): Promise<CrimeImportSummary> {
  authorise(ctx, 'crime-data.import');
  const reading = await readMpsCrimeFile(ctx, input);
  if (reading.problems.length > 0) throw refusedFile(new IngestError([...reading.problems]));
  if (input.dryRun === true) return { ...summaryOf(reading), added: 0, revised: 0, dryRun: true };
  return load(ctx, reading);
}
