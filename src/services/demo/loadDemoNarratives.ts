import type { Transaction } from 'kysely';
import { narratives2018Q1 } from '../../../demo/plans/narratives2018Q1.js';
import { actorLabel } from '../../domain/accounts/index.js';
import {
  appendAuditRecords,
  insertNarrative,
  updateNarrativeIfVersion,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';

/** Loads the demo's published "other progress" narratives of Quarter 1 2018-19; the count loaded. */
export async function loadDemoNarratives(ctx: ServiceContext, trx: Transaction<DatabaseSchema>): Promise<number> {
  const at = new Date().toISOString();
  const by = actorLabel(ctx.actor);
  for (const document of narratives2018Q1) {
    const draft = await insertNarrative(trx, { ...document, at, by });
    // Published as the quarter was: a narrative is only ever written as a draft first.
    const published = await updateNarrativeIfVersion(trx, draft.id, draft.version, {
      state: 'published',
      publishedAt: at,
      at,
      by,
    });
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'create',
        entityType: 'quarter_narrative',
        entityId: `${document.planKey} ${document.nodeRef} ${document.quarter}`,
        after: published ?? draft,
        reason: 'Demo data set loaded',
      }),
    ]);
  }
  return narratives2018Q1.length;
}
