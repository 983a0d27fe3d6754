import { BluelampProblem } from '../../domain/errors.js';
import type { CrimeDataSource } from '../../domain/crime-data/index.js';
import { appendAuditRecords, sourceKey, type Executor } from '../../store/index.js';
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

async function upsertMapping(trx: Executor, input: CategoryMappingInput, key: string) {
  const before = await trx
    .selectFrom('crime_category_mappings')
    .selectAll()
    .where('source', '=', input.source)
    .where('source_key', '=', key)
    .executeTakeFirst();
  if (before === undefined) {
    await trx
      .insertInto('crime_category_mappings')
      .values({
        source: input.source,
        source_key: key,
        major: input.major ?? null,
        minor: input.minor ?? null,
        crime_type: input.crimeType ?? null,
        category_code: input.categoryCode,
      })
      .execute();
  } else {
    await trx
      .updateTable('crime_category_mappings')
      .set({ category_code: input.categoryCode })
      .where('id', '=', before.id)
      .execute();
  }
  return before;
}

/**
 * Says which taxonomy category a source's name belongs to, adding or changing the mapping: how a
 * renamed MPS minor category joins its old series without a release.
 */
export async function mapCrimeCategory(
  ctx: ServiceContext,
  input: CategoryMappingInput,
): Promise<{ sourceKey: string; categoryCode: string }> {
  authorise(ctx, 'crime-data.import');
  const mps = input.source !== 'police-uk';
  if (mps ? input.major === undefined || input.minor === undefined : input.crimeType === undefined) {
    throw new BluelampProblem(
      'invalid-input',
      mps ? 'An MPS mapping needs major and minor.' : 'A police.uk mapping needs crimeType.',
      mps ? 'minor' : 'crimeType',
    );
  }
  const key = sourceKey(
    mps
      ? { source: input.source, major: input.major, minor: input.minor }
      : { source: input.source, crimeType: input.crimeType },
  );
  return ctx.store.db.transaction().execute(async (trx) => {
    const category = await trx
      .selectFrom('crime_categories')
      .select('code')
      .where('code', '=', input.categoryCode)
      .executeTakeFirst();
    if (category === undefined)
      throw new BluelampProblem(
        'invalid-input',
        `categoryCode "${input.categoryCode}" is not in the taxonomy.`,
        'categoryCode',
      );
    const before = await upsertMapping(trx, input, key);
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: before === undefined ? 'create' : 'update',
        entityType: 'crime_category_mapping',
        entityId: `${input.source} ${key}`,
        before: before ?? null,
        after: { categoryCode: input.categoryCode },
        reason: input.reason,
      }),
    ]);
    return { sourceKey: key, categoryCode: input.categoryCode };
  });
}
