import { createHash } from 'node:crypto';

/**
 * The audit trail is a hash chain: each entry's hash covers its own content and the previous
 * entry's hash, so changing, removing or reordering any entry breaks every link after it.
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
const GENESIS_HASH = '0'.repeat(64);

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

function hashAuditEntry(record: AuditRecord, sequence: number, previousHash: string): string {
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
  return createHash('sha256').update(content).digest('hex');
}

/** Links new records onto the end of the chain. */
export function chainAuditRecords(
  records: readonly AuditRecord[],
  tail: { sequence: number; hash: string } | null,
): AuditEntry[] {
  let sequence = tail?.sequence ?? 0;
  let previousHash = tail?.hash ?? GENESIS_HASH;
  return records.map((record) => {
    sequence += 1;
    const hash = hashAuditEntry(record, sequence, previousHash);
    const entry = { ...record, sequence, previousHash, hash };
    previousHash = hash;
    return entry;
  });
}

export type ChainVerdict =
  | { readonly intact: true; readonly entries: number; readonly lastHash: string }
  | {
      readonly intact: false;
      readonly entries: number;
      readonly brokenAt: AuditEntry | null;
      readonly sequence: number;
      readonly problem: string;
    };

/** Walks the chain in order and reports the first entry that does not fit. */
export function verifyAuditChain(entries: readonly AuditEntry[]): ChainVerdict {
  let previousHash = GENESIS_HASH;
  let expectedSequence = 1;
  for (const entry of entries) {
    const broken = (problem: string): ChainVerdict => ({
      intact: false,
      entries: entries.length,
      brokenAt: entry,
      sequence: entry.sequence,
      problem,
    });
    if (entry.sequence !== expectedSequence) {
      return broken(`entry ${expectedSequence} is missing: the next entry is number ${entry.sequence}`);
    }
    if (entry.previousHash !== previousHash) {
      return broken(`it does not link to entry ${expectedSequence - 1}: an entry before it was changed or removed`);
    }
    if (hashAuditEntry(entry, entry.sequence, entry.previousHash) !== entry.hash) {
      return broken('its content no longer matches its hash: it was changed after it was written');
    }
    previousHash = entry.hash;
    expectedSequence += 1;
  }
  return { intact: true, entries: entries.length, lastHash: previousHash };
}
