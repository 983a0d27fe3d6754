import { GENESIS_HASH, hashAuditEntry, type AuditEntry } from './auditChain.js';
import { sealOf, type AuditKey } from './auditSeal.js';

/**
 * The chain's head as last written outside the database. The database cannot vouch for its own
 * length: someone with rights to it can remove the newest entries and leave a chain that links
 * perfectly. The anchor remembers what was there.
 */
export interface AuditAnchor {
  /** 0 for a trail anchored while empty. */
  readonly sequence: number;
  readonly hash: string;
  readonly anchoredAt: string;
  /** Where the anchor is kept, for messages. */
  readonly place: string;
}

export type ChainVerdict =
  | {
      readonly intact: true;
      readonly entries: number;
      readonly lastHash: string;
      /** The anchor the trail was checked against; null where none has been written yet. */
      readonly anchor: { readonly sequence: number; readonly anchoredAt: string; readonly place: string } | null;
    }
  | {
      readonly intact: false;
      readonly entries: number;
      /** The first entry that does not fit; null when what is wrong is that entries are missing at the end. */
      readonly brokenAt: AuditEntry | null;
      readonly sequence: number;
      readonly problem: string;
    };

export interface VerifyOptions {
  /** Checks keyed entries; without it a keyed entry cannot be vouched for. */
  readonly key?: AuditKey | null;
  readonly anchor?: AuditAnchor | null;
}

/**
 * Walks the chain one entry at a time, in order, so a trail of any length is checked without
 * holding it: feed entries with add(), then ask for the verdict.
 */
export class AuditChainVerifier {
  private readonly key: AuditKey | null;
  private readonly anchor: AuditAnchor | null;
  private previousHash = GENESIS_HASH;
  private expected = 1;
  private keyedFrom: number | null = null;
  private count = 0;
  private broken: { entry: AuditEntry; problem: string } | null = null;

  constructor(options: VerifyOptions = {}) {
    this.key = options.key ?? null;
    this.anchor = options.anchor ?? null;
  }

  /** Checks the next entry; false once the chain is broken, when later entries change nothing. */
  add(entry: AuditEntry): boolean {
    this.count += 1;
    if (this.broken !== null) return false;
    const problem = this.problemWith(entry);
    if (problem !== null) {
      this.broken = { entry, problem };
      return false;
    }
    this.previousHash = entry.hash;
    this.expected += 1;
    return true;
  }

  private problemWith(entry: AuditEntry): string | null {
    if (entry.sequence !== this.expected) {
      return `entry ${this.expected} is missing: the next entry is number ${entry.sequence}`;
    }
    if (entry.previousHash !== this.previousHash) {
      return `it does not link to entry ${this.expected - 1}: an entry before it was changed or removed`;
    }
    const sealProblem = this.sealProblem(entry);
    if (sealProblem !== null) return sealProblem;
    const key = sealOf(entry.hash).kind === 'sha256' ? null : this.key;
    if (hashAuditEntry(entry, entry.sequence, entry.previousHash, key) !== entry.hash) {
      return 'its content no longer matches its hash: it was changed after it was written';
    }
    const anchor = this.anchor;
    if (anchor !== null && entry.sequence === anchor.sequence && entry.hash !== anchor.hash) {
      return `it is not the entry ${anchor.sequence} anchored outside the database (${anchor.place}, ${anchor.anchoredAt}): the trail was rewritten at or before it`;
    }
    return null;
  }

  private sealProblem(entry: AuditEntry): string | null {
    const seal = sealOf(entry.hash);
    if (seal.kind === 'sha256') {
      return this.keyedFrom === null
        ? null
        : `it is sealed without the audit key although entry ${this.keyedFrom} before it is keyed: it was written by someone who does not hold the key`;
    }
    if (this.key === null) {
      return `it is sealed with audit key ${seal.keyId}, and no BLUELAMP_AUDIT_KEY is set to check it with`;
    }
    if (seal.keyId !== this.key.id) {
      return `it is sealed with audit key ${seal.keyId}, and BLUELAMP_AUDIT_KEY is audit key ${this.key.id}`;
    }
    this.keyedFrom ??= entry.sequence;
    return null;
  }

  verdict(): ChainVerdict {
    if (this.broken !== null) {
      const { entry, problem } = this.broken;
      return { intact: false, entries: this.count, brokenAt: entry, sequence: entry.sequence, problem };
    }
    const last = this.expected - 1;
    const anchor = this.anchor;
    if (anchor !== null && last < anchor.sequence) {
      const where = `the anchor written outside the database (${anchor.place}, ${anchor.anchoredAt})`;
      const problem =
        last === 0
          ? `the trail is empty, but ${where} records ${anchor.sequence} entries`
          : `entry ${this.expected} is missing: the trail ends at entry ${last}, but ${where} records entry ${anchor.sequence}; entries ${this.expected} to ${anchor.sequence} were removed`;
      return { intact: false, entries: this.count, brokenAt: null, sequence: this.expected, problem };
    }
    return {
      intact: true,
      entries: this.count,
      lastHash: this.previousHash,
      anchor:
        anchor === null ? null : { sequence: anchor.sequence, anchoredAt: anchor.anchoredAt, place: anchor.place },
    };
  }
}

/** Checks a whole chain held in memory and reports the first entry that does not fit. */
export function verifyAuditChain(entries: Iterable<AuditEntry>, options: VerifyOptions = {}): ChainVerdict {
  const verifier = new AuditChainVerifier(options);
  for (const entry of entries) verifier.add(entry);
  return verifier.verdict();
}
