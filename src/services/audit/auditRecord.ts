import { actorLabel } from '../../domain/accounts/index.js';
import type { AuditRecord } from '../../domain/audit/index.js';
import type { ServiceContext } from '../context.js';

export interface Change {
  readonly action: 'create' | 'update' | 'delete';
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly reason?: string | null | undefined;
}

/** Describes a change for the audit trail: who (the context's actor), when (now), what and why. */
export function auditRecord(ctx: ServiceContext, change: Change): AuditRecord {
  return {
    occurredAt: new Date().toISOString(),
    actor: actorLabel(ctx.actor),
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
    reason: change.reason ?? null,
  };
}
