import {
  checkPlanDocument,
  DEFAULT_STATUSES,
  type PlanDocument,
  type PlanDocumentProblem,
} from '../../domain/plans/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  appendAuditRecords,
  findPlanVersions,
  insertPlanVersion,
  listOrgUnits,
  type DatabaseSchema,
} from '../../store/index.js';
import type { Transaction } from 'kysely';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** Where a problem sits in the file the plan came from, when it came from one. */
export interface PlanSource {
  readonly fileName: string;
  locate(path: string): { row: number | null; column: string | null };
}

export interface ImportedPlan {
  readonly id: number;
  readonly key: string;
  readonly version: number;
  readonly nodes: number;
  readonly milestones: number;
}

function describe(problem: PlanDocumentProblem, source: PlanSource | undefined): string {
  if (source === undefined) return `${problem.path} ${problem.message}`;
  const { row, column } = source.locate(problem.path);
  const where = [source.fileName, row === null ? null : `row ${row}`, column === null ? null : `column ${column}`];
  return `${where.filter((part) => part !== null).join(', ')}: ${problem.message}`;
}

/** All of a document's problems in one message, the first few spelled out. */
export function planProblemsError(problems: readonly PlanDocumentProblem[], source?: PlanSource): BluelampProblem {
  const shown = problems.slice(0, 5).map((problem) => describe(problem, source));
  const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more problems)` : '';
  return new BluelampProblem(
    'invalid-input',
    `The plan was not imported: ${shown.join('; ')}${more}.`,
    source === undefined ? problems[0]?.path : undefined,
  );
}

function counts(document: PlanDocument): { nodes: number; milestones: number } {
  let nodes = 0;
  let milestones = 0;
  const visit = (node: PlanDocument['nodes'][number]): void => {
    nodes += 1;
    milestones += node.milestones?.length ?? 0;
    node.children?.forEach(visit);
  };
  document.nodes.forEach(visit);
  return { nodes, milestones };
}

/**
 * Stores a plan as a new draft version: version 1 of a new plan, or the next version of one
 * already held. Nothing is stored unless the whole document is sound.
 */
export async function importPlan(
  ctx: ServiceContext,
  document: PlanDocument,
  source?: PlanSource,
): Promise<ImportedPlan> {
  authorise(ctx, 'plans.edit');
  return ctx.store.db.transaction().execute((trx) => insertCheckedPlan(ctx, trx, document, source));
}

/** The import inside a caller's transaction: the demo loader stores its plans with its organisation. */
export async function insertCheckedPlan(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  document: PlanDocument,
  source?: PlanSource,
): Promise<ImportedPlan> {
  const units = new Set((await listOrgUnits(trx)).map((unit) => unit.code));
  const problems = checkPlanDocument(document, units);
  if (problems.length > 0) throw planProblemsError(problems, source);
  const versions = await findPlanVersions(trx, document.key);
  if (versions.some((plan) => plan.state === 'draft')) {
    throw new BluelampProblem(
      'conflict',
      `Plan ${document.key} already has a draft version; publish it before importing another.`,
      'key',
    );
  }
  const version = (versions.at(-1)?.version ?? 0) + 1;
  const id = await insertPlanVersion(trx, document, {
    version,
    state: 'draft',
    statuses: document.statuses ?? DEFAULT_STATUSES,
    reportingQuarter: null,
    publishedOn: null,
    createdAt: new Date().toISOString(),
  });
  const result = { id, key: document.key, version, ...counts(document) };
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'create',
      entityType: 'plan',
      entityId: `${document.key} v${version}`,
      after: result,
    }),
  ]);
  return result;
}
