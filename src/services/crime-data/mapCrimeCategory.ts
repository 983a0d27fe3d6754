import { BluelampProblem } from '../../domain/errors.js';
import type { CrimeDataSource } from '../../domain/crime-data/index.js';
import { appendAuditRecords, isCrimeCategory, saveCategoryMapping, sourceKey } from '../../store/index.js';
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
    if (!(await isCrimeCategory(trx, input.categoryCode)))
      throw new BluelampProblem(
        'invalid-input',
        `categoryCode "${input.categoryCode}" is not in the taxonomy.`,
        'categoryCode',
      );
    const before = await saveCategoryMapping(trx, {
      source: input.source,
      sourceKey: key,
      major: input.major ?? null,
      minor: input.minor ?? null,
      crimeType: input.crimeType ?? null,
      categoryCode: input.categoryCode,
    });
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
