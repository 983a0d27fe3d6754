import { BluelampProblem } from '../../domain/errors.js';
import {
  checkStandingPriorities,
  type PriorityCatalogue,
  type StandingPriority,
} from '../../domain/priorities/index.js';
import {
  appendAuditRecords,
  listEligibleCategoryCodes,
  listMeasureDefinitions,
  listStandingPriorities,
  replaceEligibleCategories,
  replaceStandingPriorities,
  type Executor,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadBoroughModel } from '../organisation/loadOrganisationModel.js';

export interface PriorityBorough {
  readonly code: string;
  readonly name: string;
  readonly gssCode: string | null;
  readonly bcu: { readonly code: string; readonly name: string } | null;
}

export interface PriorityCategoryName {
  readonly code: string;
  readonly name: string;
}

export interface PriorityCatalogueView {
  readonly eligible: readonly PriorityCategoryName[];
  readonly standing: readonly StandingPriority[];
}

/** Every crime category's name by code. */
export async function categoryNames(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('crime_categories').select(['code', 'name']).orderBy('position').execute();
  return new Map(rows.map((row) => [row.code, row.name]));
}

/** The boroughs in the organisation's order, each with its BCU on the last day of the year. */
export async function priorityBoroughs(ctx: ServiceContext, onDate: string): Promise<PriorityBorough[]> {
  const model = await loadBoroughModel(ctx);
  return model.unitsOfKind('borough').map((borough) => {
    const bcu = model.bcuOfBoroughOn(borough.code, onDate);
    return {
      code: borough.code,
      name: borough.name,
      gssCode: borough.gssCode,
      bcu: bcu === null ? null : { code: bcu.code, name: bcu.name },
    };
  });
}

/** What a priority set is checked against. */
export async function loadPriorityCatalogue(ctx: ServiceContext, onDate: string): Promise<PriorityCatalogue> {
  const names = await categoryNames(ctx.store.db);
  const eligible = await listEligibleCategoryCodes(ctx.store.db);
  const boroughs = await priorityBoroughs(ctx, onDate);
  return {
    boroughs: new Map(boroughs.map((b) => [b.code, b.name])),
    eligible: new Map(eligible.map((code) => [code, names.get(code) ?? code])),
  };
}

export async function getPriorityCatalogue(ctx: ServiceContext): Promise<PriorityCatalogueView> {
  authorise(ctx, 'priorities.read');
  const names = await categoryNames(ctx.store.db);
  const eligible = await listEligibleCategoryCodes(ctx.store.db);
  return {
    eligible: eligible.map((code) => ({ code, name: names.get(code) ?? code })),
    standing: await listStandingPriorities(ctx.store.db),
  };
}

/** Replaces the categories boroughs may choose; a category already chosen in a set may still be removed from future choice. */
export async function setEligibleCategories(
  ctx: ServiceContext,
  input: { categories: readonly string[]; reason?: string | undefined },
): Promise<PriorityCatalogueView> {
  authorise(ctx, 'priorities.edit');
  const names = await categoryNames(ctx.store.db);
  const unknown = input.categories.filter((code) => !names.has(code));
  if (unknown.length > 0) {
    throw new BluelampProblem('invalid-input', `Not a crime category: ${unknown.join(', ')}.`, 'categories');
  }
  const codes = [...new Set(input.categories)];
  await ctx.store.db.transaction().execute(async (trx) => {
    const before = await listEligibleCategoryCodes(trx);
    await replaceEligibleCategories(trx, codes);
    const change = { action: 'update' as const, entityType: 'priority_eligible_categories', entityId: 'all' };
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        ...change,
        before: { categories: before },
        after: { categories: codes },
        reason: input.reason,
      }),
    ]);
  });
  return getPriorityCatalogue(ctx);
}

/** Replaces the standing priorities (anti-social behaviour, the mandatory high-harm crimes). */
export async function setStandingPriorities(
  ctx: ServiceContext,
  input: { standing: readonly StandingPriority[]; reason?: string | undefined },
): Promise<PriorityCatalogueView> {
  authorise(ctx, 'priorities.edit');
  const names = await categoryNames(ctx.store.db);
  const measures = await listMeasureDefinitions(ctx.store.db);
  const problems = checkStandingPriorities(input.standing, {
    categories: new Set(names.keys()),
    measures: new Set(measures.map((m) => m.code)),
  });
  const first = problems[0];
  if (first !== undefined) {
    throw new BluelampProblem('invalid-input', problems.map((p) => `${p.field}: ${p.message}`).join('; '), first.field);
  }
  await ctx.store.db.transaction().execute(async (trx) => {
    const before = await listStandingPriorities(trx);
    await replaceStandingPriorities(trx, input.standing);
    const change = { action: 'update' as const, entityType: 'standing_priorities', entityId: 'all' };
    await appendAuditRecords(trx, [
      auditRecord(ctx, { ...change, before, after: input.standing, reason: input.reason }),
    ]);
  });
  return getPriorityCatalogue(ctx);
}
