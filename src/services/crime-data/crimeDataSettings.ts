import { BluelampProblem } from '../../domain/errors.js';
import { POLICE_FORCES } from '../../domain/crime-data/index.js';
import {
  appendAuditRecords,
  forceAreaOf,
  listPoliceForces,
  listSlices,
  mostSimilarGroupOf,
  saveForceArea,
  saveMostSimilarGroup,
  type Executor,
  type StoredSlice,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

async function knownForceCodes(ctx: ServiceContext): Promise<Set<string>> {
  const loaded = await listPoliceForces(ctx.store.db);
  return new Set([...POLICE_FORCES, ...loaded].map((f) => f.code));
}

async function checkForces(ctx: ServiceContext, codes: readonly string[], field: string): Promise<void> {
  const known = await knownForceCodes(ctx);
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0)
    throw new BluelampProblem('invalid-input', `Not a police force police.uk knows: ${unknown.join(', ')}.`, field);
}

/** A force's list setting replaced whole, in one transaction with its audit record. */
async function replaceForceList(
  ctx: ServiceContext,
  setting: {
    force: string;
    entityType: string;
    values: string[];
    read: (db: Executor, force: string) => Promise<string[]>;
    save: (db: Executor, force: string, values: readonly string[]) => Promise<void>;
  },
): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const before = await setting.read(trx, setting.force);
    await setting.save(trx, setting.force, setting.values);
    const entry = { action: 'update' as const, entityType: setting.entityType, entityId: setting.force };
    await appendAuditRecords(trx, [
      auditRecord(ctx, { ...entry, before: { values: before }, after: { values: setting.values } }),
    ]);
  });
}

/** Sets the forces a force is compared with (HMICFRS's most similar group); the force is always in its own group. */
export async function setMostSimilarGroup(
  ctx: ServiceContext,
  input: { force: string; peers: readonly string[] },
): Promise<{ force: string; peers: string[] }> {
  authorise(ctx, 'crime-data.import');
  await checkForces(ctx, [input.force], 'force');
  await checkForces(ctx, input.peers, 'peers');
  const peers = [...new Set(input.peers)].filter((peer) => peer !== input.force);
  const setting = { entityType: 'most_similar_group', read: mostSimilarGroupOf, save: saveMostSimilarGroup };
  await replaceForceList(ctx, { ...setting, force: input.force, values: peers });
  return { force: input.force, peers };
}

/** Sets the local authorities a force polices, so rows elsewhere are counted as out of its area. */
export async function setForceArea(
  ctx: ServiceContext,
  input: { force: string; localAuthorities: readonly string[] },
): Promise<{ force: string; localAuthorities: string[] }> {
  authorise(ctx, 'crime-data.import');
  await checkForces(ctx, [input.force], 'force');
  const localAuthorities = [...new Set(input.localAuthorities.map((name) => name.trim()))].filter((n) => n !== '');
  const setting = { entityType: 'police_force_area', read: forceAreaOf, save: saveForceArea };
  await replaceForceList(ctx, { ...setting, force: input.force, values: localAuthorities });
  return { force: input.force, localAuthorities };
}

/** The forces with police.uk data loaded, with their most similar groups. */
export async function listPoliceUkForces(
  ctx: ServiceContext,
): Promise<{ code: string; name: string; peers: string[]; months: { first: string; last: string } | null }[]> {
  authorise(ctx, 'measures.read');
  const db = ctx.store.db;
  const slices = await listSlices(db);
  return Promise.all(
    (await listPoliceForces(db)).map(async (force) => {
      const months = slices.filter((s) => s.force === force.code).map((s) => s.month);
      return {
        ...force,
        peers: await mostSimilarGroupOf(db, force.code),
        months: months.length === 0 ? null : { first: months[0] ?? '', last: months.at(-1) ?? '' },
      };
    }),
  );
}

/** The manifest: each slice held, with the file it came from and what was found in it. */
export async function listPoliceUkSlices(ctx: ServiceContext, input: { force?: string } = {}): Promise<StoredSlice[]> {
  authorise(ctx, 'crime-data.import');
  return listSlices(ctx.store.db, input);
}
