import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { canonicalJson } from '../../domain/audit/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  groupReportVersions,
  newVersionProblem,
  type PublishedReport,
  type PublishedReportVersion,
  type ReportKind,
} from '../../domain/publishing/index.js';
import {
  appendAuditRecords,
  findPublishedReportContent,
  insertPublishedReport,
  isUniqueViolation,
  latestPublishedReportRow,
  listPublishedReportRows,
  type DatabaseSchema,
  type PublishedReportRow,
} from '../../store/index.js';
import { actorLabel } from '../../domain/accounts/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** What a report is frozen as: its rendered content and the data it was rendered from. */
export interface ReportSnapshot {
  readonly reportKey: string;
  readonly kind: ReportKind;
  readonly title: string;
  readonly period: string;
  readonly asAt: string;
  readonly html: string;
  readonly data: unknown;
  readonly note: string | null;
  /** The version the request means to create; absent, the next one. */
  readonly expectedVersion?: number | undefined;
}

export interface PublishedReportContent extends PublishedReportVersion {
  readonly html: string;
  readonly data: unknown;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function versionOf(row: PublishedReportRow): PublishedReportVersion {
  return {
    reportKey: row.report_key,
    kind: row.kind as ReportKind,
    version: row.version,
    title: row.title,
    period: row.period,
    asAt: row.as_at,
    publishedAt: row.published_at,
    // Who pressed publish is the audit trail's business: the public reads who publishes, not a sign-in name.
    publishedBy: 'the performance team',
    note: row.note,
    sha256: row.content_sha256,
  };
}

/**
 * A request names the version it creates, so a repeat of one that succeeded (a second press, a
 * retried call) is refused rather than read as a correction or a new version.
 */
function repeatedRequestProblem(
  latest: PublishedReportRow | null,
  expected: number | undefined,
): BluelampProblem | null {
  const next = (latest?.version ?? 0) + 1;
  if (expected === undefined || expected === next) return null;
  if (latest !== null && expected <= latest.version) {
    return new BluelampProblem(
      'conflict',
      `Version ${expected} of this report is already published (the latest is version ${latest.version}); this request publishes nothing more. To correct it, check the report again and publish version ${next} with a note.`,
      'expectedVersion',
    );
  }
  return new BluelampProblem(
    'conflict',
    `This report's next version is ${next}, not ${expected}: check the report again before publishing.`,
    'expectedVersion',
  );
}

async function writeVersion(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  snapshot: ReportSnapshot,
): Promise<PublishedReportVersion> {
  const dataJson = canonicalJson(snapshot.data);
  const next = { note: snapshot.note, sha256: sha256(snapshot.html), dataSha256: sha256(dataJson) };
  const latest = await latestPublishedReportRow(trx, snapshot.reportKey);
  const repeated = repeatedRequestProblem(latest, snapshot.expectedVersion);
  if (repeated !== null) throw repeated;
  const problem = newVersionProblem(
    latest === null ? null : { version: latest.version, sha256: latest.content_sha256, dataSha256: latest.data_sha256 },
    next,
  );
  if (problem !== null) throw problem;
  const row = {
    report_key: snapshot.reportKey,
    kind: snapshot.kind,
    version: (latest?.version ?? 0) + 1,
    title: snapshot.title,
    period: snapshot.period,
    as_at: snapshot.asAt,
    published_at: new Date().toISOString(),
    published_by: actorLabel(ctx.actor),
    note: snapshot.note?.trim() || null,
    content_html: snapshot.html,
    content_sha256: next.sha256,
    data_json: dataJson,
    data_sha256: next.dataSha256,
  };
  await insertPublishedReport(trx, row);
  const version = versionOf(row);
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'create',
      entityType: 'published_report',
      entityId: `${row.report_key}/${row.version}`,
      after: version,
      reason: row.note,
    }),
  ]);
  return version;
}

/**
 * Freezes a new version of a report, all or nothing. Two people publishing at once cannot take
 * the same version number: the unique key settles it and the second is told to look again.
 */
export async function publishReportSnapshot(
  ctx: ServiceContext,
  snapshot: ReportSnapshot,
): Promise<PublishedReportVersion> {
  try {
    return await ctx.store.db.transaction().execute((trx) => writeVersion(ctx, trx, snapshot));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new BluelampProblem(
        'conflict',
        'Someone published this report at the same moment. Look again at its versions.',
      );
    }
    throw error;
  }
}

/** Every published report with its versions, newest first; or one report's, by its key. */
export async function listPublishedReports(
  ctx: ServiceContext,
  filter: { readonly report?: string | undefined } = {},
): Promise<PublishedReport[]> {
  authorise(ctx, 'reports.read');
  const rows = await listPublishedReportRows(ctx.store.db, filter.report);
  if (filter.report !== undefined && rows.length === 0) {
    throw new BluelampProblem('not-found', `No report "${filter.report}" has been published.`, 'report');
  }
  return groupReportVersions(rows.map(versionOf));
}

/** One version exactly as it was published: its frozen content and data. */
export async function getPublishedReport(
  ctx: ServiceContext,
  input: { readonly report: string; readonly version: number },
): Promise<PublishedReportContent> {
  authorise(ctx, 'reports.read');
  const row = await findPublishedReportContent(ctx.store.db, input.report, input.version);
  if (row === null) {
    throw new BluelampProblem('not-found', `Report "${input.report}" has no version ${input.version}.`, 'version');
  }
  return { ...versionOf(row), html: row.content_html, data: JSON.parse(row.data_json) as unknown };
}
