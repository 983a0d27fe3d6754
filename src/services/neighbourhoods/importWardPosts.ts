import { createHash } from 'node:crypto';
import { findBorough, newWard, WardDirectory, type WardPost } from '../../domain/neighbourhoods/index.js';
import type { Membership, OrgUnit } from '../../domain/organisation/index.js';
import { IngestError, readWardPostsCsv, type IngestProblem, type WardPostRow } from '../../ingest/index.js';
import { actorLabel } from '../../domain/accounts/index.js';
import {
  appendAuditRecords,
  insertNeighbourhoodImport,
  insertOrganisation,
  upsertWardPosts,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { refusedFile } from '../refusedFile.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { rowsOrRefuse, unknownBoroughProblem } from './wardFileRules.js';

export interface WardPostsImportSummary {
  readonly fileName: string;
  readonly rows: number;
  readonly added: number;
  readonly revised: number;
  readonly unchanged: number;
  /** Wards the file named that the organisation did not have, now created under their borough. */
  readonly wardsCreated: { code: string; name: string; borough: string }[];
  /** The days the file's figures are as at, and the boroughs (codes) it gives figures for, so a reader can go and see them. */
  readonly asAt: string[];
  readonly boroughs: string[];
}

interface Resolved {
  readonly posts: WardPost[];
  readonly boroughs: string[];
  readonly units: OrgUnit[];
  readonly memberships: Membership[];
}

/** Matches each row to its borough and ward, planning the wards to create; every problem by row and column. */
async function resolveRows(ctx: ServiceContext, fileName: string, rows: readonly WardPostRow[]): Promise<Resolved> {
  const model = await loadOrganisationModel(ctx, { wards: true });
  const wards = new WardDirectory(model, ctx.today());
  const problems: IngestProblem[] = [];
  const planned = new Map<string, { unit: OrgUnit; membership: Membership }>();
  const posts: WardPost[] = [];
  const boroughs = new Set<string>();
  for (const row of rows) {
    const borough = findBorough(model, row.borough);
    if (borough === undefined) {
      problems.push(unknownBoroughProblem(fileName, row));
      continue;
    }
    boroughs.add(borough.code);
    const found = wards.lookup(borough, row);
    if (found.kind === 'conflict') {
      problems.push({
        file: fileName,
        row: row.row,
        column: row.wardCode === null ? 'Ward' : 'Ward code',
        message: found.message,
      });
      continue;
    }
    const wardCode = found.kind === 'found' ? found.ward.code : found.code;
    const earlier = planned.get(wardCode);
    if (found.kind === 'absent' && earlier === undefined)
      planned.set(wardCode, newWard(wardCode, row.ward, row.wardCode, borough.code));
    else if (earlier !== undefined && earlier.membership.parentCode !== borough.code)
      problems.push({
        file: fileName,
        row: row.row,
        column: 'Ward code',
        message: `names a ward already placed in another borough on an earlier row`,
      });
    posts.push({
      wardCode,
      role: row.role,
      asAt: row.asAt,
      establishment: row.establishment,
      actual: row.actual,
      synthetic: false,
    });
  }
  if (problems.length > 0) throw new IngestError(problems);
  const created = [...planned.values()];
  return {
    posts,
    boroughs: [...boroughs].sort(),
    units: created.map((c) => c.unit),
    memberships: created.map((c) => c.membership),
  };
}

/** What loading a ward file would do, and every problem that stops it, as data; nothing is written. */
export interface WardFileCheck {
  readonly fileName: string;
  readonly rows: number;
  readonly problems: readonly IngestProblem[];
}

/**
 * Every problem of a ward file in one pass, as data: its cells, then the boroughs and wards of the
 * rows whose cells read (a load stops at the first of these stages that has a problem).
 */
export async function checkedRows<Row>(
  fileName: string,
  sheet: { rows: Row[]; problems: IngestProblem[] },
  noRows: string,
  resolve: (rows: Row[]) => Promise<unknown>,
): Promise<WardFileCheck> {
  const problems = [...sheet.problems];
  if (sheet.rows.length === 0 && problems.length === 0)
    problems.push({ file: fileName, row: null, column: null, message: noRows });
  if (sheet.rows.length > 0) {
    try {
      await resolve(sheet.rows);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      problems.push(...error.problems);
    }
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { fileName, rows: problems.length === 0 ? sheet.rows.length : 0, problems };
}

/** Checks a ward posts file as a load would, writing nothing. */
export async function checkWardPosts(
  ctx: ServiceContext,
  input: { fileName: string; content: Buffer },
): Promise<WardFileCheck> {
  authorise(ctx, 'neighbourhoods.edit');
  const sheet = readWardPostsCsv(input.content.toString('utf8'), input.fileName);
  return checkedRows(input.fileName, sheet, 'the file has no rows of figures', (rows) =>
    resolveRows(ctx, input.fileName, rows),
  );
}

/** The wards a load created, their place in their borough, and the load itself, for the audit trail. */
function auditOfLoad(ctx: ServiceContext, resolved: Resolved, summary: WardPostsImportSummary) {
  const reason = `Named in the ward posts file ${summary.fileName}`;
  return [
    ...resolved.units.map((unit) =>
      auditRecord(ctx, { action: 'create', entityType: 'org_unit', entityId: unit.code, after: unit, reason }),
    ),
    ...resolved.memberships.map((m) =>
      auditRecord(ctx, {
        action: 'create',
        entityType: 'org_membership',
        entityId: `${m.unitCode} in ${m.parentCode}`,
        after: m,
        reason,
      }),
    ),
    auditRecord(ctx, {
      action: 'create',
      entityType: 'ward_posts',
      entityId: summary.fileName,
      after: { ...summary, wardsCreated: summary.wardsCreated.length },
    }),
  ];
}

/**
 * Loads a ward posts file, all or nothing, in one transaction: new figures for a ward, role and
 * day supersede the old (which are kept); wards the file names that do not exist yet are created
 * under their borough, each recorded in the audit trail. A borough that does not exist refuses the file.
 */
export async function importWardPosts(
  ctx: ServiceContext,
  input: { fileName: string; content: Buffer },
): Promise<WardPostsImportSummary> {
  authorise(ctx, 'neighbourhoods.edit');
  try {
    const rows = rowsOrRefuse(
      readWardPostsCsv(input.content.toString('utf8'), input.fileName),
      input.fileName,
      'the file has no rows of figures',
    );
    const resolved = await resolveRows(ctx, input.fileName, rows);
    return await ctx.store.db.transaction().execute(async (trx) => {
      const loadedAt = new Date().toISOString();
      await insertOrganisation(trx, resolved.units, resolved.memberships);
      const importId = await insertNeighbourhoodImport(trx, {
        kind: 'posts',
        fileName: input.fileName,
        sha256: createHash('sha256').update(input.content).digest('hex'),
        rowsRead: rows.length,
        synthetic: false,
        loadedAt,
        loadedBy: actorLabel(ctx.actor),
      });
      const tally = await upsertWardPosts(trx, resolved.posts, importId, loadedAt);
      const wardsCreated = resolved.memberships.map((m, i) => ({
        code: m.unitCode,
        name: resolved.units[i]?.name ?? m.unitCode,
        borough: m.parentCode,
      }));
      const asAt = [...new Set(resolved.posts.map((p) => p.asAt))].sort();
      const summary = {
        fileName: input.fileName,
        rows: rows.length,
        ...tally,
        wardsCreated,
        asAt,
        boroughs: resolved.boroughs,
      };
      await appendAuditRecords(trx, auditOfLoad(ctx, resolved, summary));
      return summary;
    });
  } catch (error) {
    if (error instanceof IngestError) throw refusedFile(error);
    throw error;
  }
}
