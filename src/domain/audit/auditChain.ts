import { assertMayExtend, sealContent, sealOf, type AuditKey } from './auditSeal.js';

/**
 * The audit trail is a hash chain: each entry's hash covers its own content and the previous
 * entry's hash, so changing, removing or reordering any entry breaks every link after it. With
 * an audit key the hashes are keyed (auditSeal.ts), so only a holder of the key can re-chain.
 */
export interface AuditRecord {
  readonly occurredAt: string;
  readonly actor: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string | null;
}

export interface AuditEntry extends AuditRecord {
  readonly sequence: number;
  readonly previousHash: string;
  readonly hash: string;
}

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashAuditEntry(
  record: AuditRecord,
  sequence: number,
  previousHash: string,
  key: AuditKey | null,
): string {
  // Only the record's own fields: an entry passed in also carries its hash, which must not hash itself.
  const content = canonicalJson({
    occurredAt: record.occurredAt,
    actor: record.actor,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: record.before ?? null,
    after: record.after ?? null,
    reason: record.reason,
    sequence,
    previousHash,
  });
  return sealContent(content, key);
}

/** Links new records onto the end of the chain, keyed when a key is given. */
export function chainAuditRecords(
  records: readonly AuditRecord[],
  tail: { sequence: number; hash: string } | null,
  key: AuditKey | null = null,
): AuditEntry[] {
  if (tail !== null) assertMayExtend(sealOf(tail.hash), tail.sequence, key);
  let sequence = tail?.sequence ?? 0;
  let previousHash = tail?.hash ?? GENESIS_HASH;
  return records.map((record) => {
    sequence += 1;
    const hash = hashAuditEntry(record, sequence, previousHash, key);
    const entry = { ...record, sequence, previousHash, hash };
    previousHash = hash;
    return entry;
  });
}
