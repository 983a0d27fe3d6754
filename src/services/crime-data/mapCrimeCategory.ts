import { BluelampProblem } from '../../domain/errors.js';
import { MPS_VINTAGES, type CrimeDataSource } from '../../domain/crime-data/index.js';
import {
  appendAuditRecords,
  findCategoryMappings,
  isCrimeCategory,
  saveCategoryMapping,
  sourceKey,
  type Executor,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

export interface CategoryMappingInput {
  readonly source: CrimeDataSource;
  readonly major?: string | undefined;
  readonly minor?: string | undefined;
  readonly crimeType?: string | undefined;
  readonly categoryCode: string;
  readonly reason?: string | undefined;
}

function checkedNames(input: CategoryMappingInput): { mps: boolean; key: string } {
  const mps = input.source !== 'police-uk';
  const given = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';
  if (mps ? !given(input.major) || !given(input.minor) : !given(input.crimeType)) {
    throw new BluelampProblem(
      'invalid-input',
      mps ? 'An MPS mapping needs major and minor.' : 'A police.uk mapping needs crimeType.',
      mps ? 'minor' : 'crimeType',
    );
  }
  const key = sourceKey(
    mps
      ? { source: input.source, major: input.major?.trim(), minor: input.minor?.trim() }
      : { source: input.source, crimeType: input.crimeType?.trim() },
  );
  return { mps, key };
}

/**
 * The sources whose mapping of these names is set: for MPS names, every vintage that already maps
 * them (names are looked up across vintages, so they must all agree), or the one given when none
 * does; for police.uk, police.uk.
 */
async function sourcesToSet(db: Executor, input: CategoryMappingInput, mps: boolean, key: string) {
  if (!mps) return [input.source];
  const held = await findCategoryMappings(db, { sources: MPS_VINTAGES, sourceKey: key });
  return held.length === 0 ? [input.source] : [...new Set(held.map((row) => row.source))];
}

/**
 * Says which taxonomy category a source's name belongs to, adding or changing the mapping: how a
 * renamed MPS minor category joins its old series without a release. Audited, with the reason.
 */
export async function mapCrimeCategory(
  ctx: ServiceContext,
  input: CategoryMappingInput,
): Promise<{ sourceKey: string; categoryCode: string; sources: string[] }> {
  authorise(ctx, 'crime-data.import');
  const { mps, key } = checkedNames(input);
  return ctx.store.db.transaction().execute(async (trx) => {
    if (!(await isCrimeCategory(trx, input.categoryCode)))
      throw new BluelampProblem(
        'invalid-input',
        `categoryCode "${input.categoryCode}" is not in the taxonomy.`,
        'categoryCode',
      );
    const sources = await sourcesToSet(trx, input, mps, key);
    for (const source of sources) {
      const before = await saveCategoryMapping(trx, {
        source,
        sourceKey: key,
        major: mps ? (input.major?.trim() ?? null) : null,
        minor: mps ? (input.minor?.trim() ?? null) : null,
        crimeType: mps ? null : (input.crimeType?.trim() ?? null),
        categoryCode: input.categoryCode,
      });
      await appendAuditRecords(trx, [
        auditRecord(ctx, {
          action: before === undefined ? 'create' : 'update',
          entityType: 'crime_category_mapping',
          entityId: `${source} ${key}`,
          before: before ?? null,
          after: { categoryCode: input.categoryCode },
          reason: input.reason,
        }),
      ]);
    }
    return { sourceKey: key, categoryCode: input.categoryCode, sources };
  });
}
