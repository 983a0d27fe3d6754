import { listCategoryMappings, type ListedCategoryMapping } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/**
 * Every name of every source the taxonomy maps, and the category each means: the MPS names of
 * both vintages (major / minor) and the police.uk crime types. Public, like the measures they feed.
 */
export async function listCrimeCategoryMappings(ctx: ServiceContext): Promise<ListedCategoryMapping[]> {
  authorise(ctx, 'measures.read');
  return listCategoryMappings(ctx.store.db);
}
