import { createHash } from 'node:crypto';
import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { findBorough, WardDirectory, type Abstraction } from '../../domain/neighbourhoods/index.js';
import { IngestError, readAbstractionsCsv, type AbstractionRow, type IngestProblem } from '../../ingest/index.js';
import {
  appendAuditRecords,
  findNeighbourhoodImport,
  insertAbstractions,
  insertNeighbourhoodImport,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { refusedFile } from '../refusedFile.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { checkedRows, type WardFileCheck } from './importWardPosts.js';
import { rowsOrRefuse, unknownBoroughProblem } from './wardFileRules.js';

export interface AbstractionImportSummary {
  readonly fileName: string;
  readonly rows: number;
  readonly hours: number;
  readonly firstDate: string;
  readonly lastDate: string;
}

/** Abstractions are only recorded against wards that exist: the posts file brings wards in. */
async function resolveRows(
  ctx: ServiceContext,
  fileName: string,
  rows: readonly AbstractionRow[],
): Promise<Abstraction[]> {
  const model = await loadOrganisationModel(ctx, { wards: true });
  const wards = new WardDirectory(model, ctx.today());
  const problems: IngestProblem[] = [];
  const records: Abstraction[] = [];
  for (const row of rows) {
    const borough = findBorough(model, row.borough);
    if (borough === undefined) {
      problems.push(unknownBoroughProblem(fileName, row));
      continue;
    }
    const found = wards.lookup(borough, row);
    if (found.kind !== 'found') {
      const message =
        found.kind === 'conflict'
          ? found.message
          : `"${row.ward}" is not a ward of ${borough.name}; load its posts first`;
      problems.push({ file: fileName, row: row.row, column: row.wardCode === null ? 'Ward' : 'Ward code', message });
      continue;
    }
    const { role, date, hours, reason, note } = row;
    records.push({ wardCode: found.ward.code, role, date, hours, reason, note, synthetic: false });
  }
  if (problems.length > 0) throw new IngestError(problems);
  return records;
}

/** Checks an abstractions file as a load would, writing nothing: a file loaded before is a problem too. */
export async function checkAbstractions(
  ctx: ServiceContext,
  input: { fileName: string; content: Buffer },
): Promise<WardFileCheck> {
  authorise(ctx, 'neighbourhoods.edit');
  const sheet = readAbstractionsCsv(input.content.toString('utf8'), input.fileName);
  return checkedRows(input.fileName, sheet, 'the file has no abstractions', async (rows) => {
    await resolveRows(ctx, input.fileName, rows);
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    const earlier = await findNeighbourhoodImport(ctx.store.db, 'abstractions', sha256);
    if (earlier !== undefined) {
      const message = `these abstractions were loaded from ${earlier.fileName} at ${earlier.loadedAt}; loading them again would count them twice`;
      throw new IngestError([{ file: input.fileName, row: null, column: null, message }]);
    }
  });
}

/**
 * Loads an abstractions file, all or nothing. The same file twice is refused rather than counted
 * twice: abstractions are events, with nothing in a row to tell a repeat from a second officer.
 */
export async function importAbstractions(
  ctx: ServiceContext,
  input: { fileName: string; content: Buffer },
): Promise<AbstractionImportSummary> {
  authorise(ctx, 'neighbourhoods.edit');
  try {
    const rows = rowsOrRefuse(
      readAbstractionsCsv(input.content.toString('utf8'), input.fileName),
      input.fileName,
      'the file has no abstractions',
    );
    const records = await resolveRows(ctx, input.fileName, rows);
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    return await ctx.store.db.transaction().execute(async (trx) => {
      const earlier = await findNeighbourhoodImport(trx, 'abstractions', sha256);
      if (earlier !== undefined)
        throw new BluelampProblem(
          'conflict',
          `Nothing was loaded: the same abstractions were loaded from ${earlier.fileName} at ${earlier.loadedAt}, and loading them again would count them twice.`,
          'file',
        );
      const importId = await insertNeighbourhoodImport(trx, {
        kind: 'abstractions',
        fileName: input.fileName,
        sha256,
        rowsRead: rows.length,
        synthetic: false,
        loadedAt: new Date().toISOString(),
        loadedBy: actorLabel(ctx.actor),
      });
      await insertAbstractions(trx, records, importId);
      const dates = records.map((r) => r.date).sort();
      const summary = {
        fileName: input.fileName,
        rows: records.length,
        hours: records.reduce((sum, r) => sum + r.hours, 0),
        firstDate: dates[0] ?? '',
        lastDate: dates.at(-1) ?? '',
      };
      await appendAuditRecords(trx, [
        auditRecord(ctx, {
          action: 'create',
          entityType: 'ward_abstractions',
          entityId: input.fileName,
          after: summary,
        }),
      ]);
      return summary;
    });
  } catch (error) {
    if (error instanceof IngestError) throw refusedFile(error);
    throw error;
  }
}
