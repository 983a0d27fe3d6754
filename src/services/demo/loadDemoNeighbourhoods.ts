import type { Transaction } from 'kysely';
import { demoNeighbourhoods } from '../../../demo/neighbourhoods.js';
import { actorLabel } from '../../domain/accounts/index.js';
import {
  appendAuditRecords,
  insertAbstractions,
  insertNeighbourhoodImport,
  insertOrganisation,
  listOrgUnits,
  upsertWardPosts,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';

const REASON = 'Demo data set loaded (generated wards)';

/**
 * The demo's 629 generated wards under their boroughs, their DWO and PCSO posts and a quarter of
 * abstractions, all recorded as generated ("synthetic") so every screen and file can say so.
 */
export async function loadDemoNeighbourhoods(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
): Promise<{ wards: number; wardPosts: number; abstractions: number }> {
  const boroughs = (await listOrgUnits(trx)).filter((unit) => unit.kind === 'borough');
  const demo = demoNeighbourhoods(boroughs.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')));
  await insertOrganisation(trx, demo.wards, demo.memberships);
  const record = { fileName: 'demo/neighbourhoods.ts', sha256: '', synthetic: true, loadedBy: actorLabel(ctx.actor) };
  const loadedAt = new Date().toISOString();
  const postsImport = await insertNeighbourhoodImport(trx, {
    ...record,
    kind: 'posts',
    rowsRead: demo.posts.length,
    loadedAt,
  });
  await upsertWardPosts(trx, demo.posts, postsImport, loadedAt);
  const abstractionsImport = await insertNeighbourhoodImport(trx, {
    ...record,
    kind: 'abstractions',
    rowsRead: demo.abstractions.length,
    loadedAt,
  });
  await insertAbstractions(trx, demo.abstractions, abstractionsImport);
  await appendAuditRecords(trx, [
    ...demo.wards.map((ward, index) =>
      auditRecord(ctx, {
        action: 'create',
        entityType: 'org_unit',
        entityId: ward.code,
        after: { ...ward, borough: demo.memberships[index]?.parentCode ?? null },
        reason: REASON,
      }),
    ),
    auditRecord(ctx, {
      action: 'create',
      entityType: 'ward_posts',
      entityId: 'demo',
      after: { wards: demo.wards.length, posts: demo.posts.length, abstractions: demo.abstractions.length },
      reason: REASON,
    }),
  ]);
  return { wards: demo.wards.length, wardPosts: demo.posts.length, abstractions: demo.abstractions.length };
}
