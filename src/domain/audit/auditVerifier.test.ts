import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainAuditRecords, hashAuditEntry, type AuditEntry, type AuditRecord } from './auditChain.js';
import { auditKeyFrom, sealOf } from './auditSeal.js';
import { AuditChainVerifier, verifyAuditChain, type AuditAnchor } from './auditVerifier.js';

const record = (n: number): AuditRecord => ({
  occurredAt: `2026-12-01T09:00:${String(n % 60).padStart(2, '0')}.000Z`,
  actor: 'cli:analyst',
  action: 'update',
  entityType: 'milestone_update',
  entityId: `M${n}`,
  before: null,
  after: { status: n % 3 === 0 ? 'delivered' : 'on-track' },
  reason: null,
});
const records = (from: number, to: number): AuditRecord[] =>
  Array.from({ length: to - from + 1 }, (_, i) => record(from + i));

const key = auditKeyFrom('k'.repeat(40));
const otherKey = auditKeyFrom('o'.repeat(40));
const anchorAt = (entry: AuditEntry): AuditAnchor => ({
  sequence: entry.sequence,
  hash: entry.hash,
  anchoredAt: '2026-12-01T10:00:00.000Z',
  place: '/srv/bluelamp/anchor.json',
});

describe('audit keys', () => {
  it('refuses a key shorter than 32 characters, saying how to make one', () => {
    expect(() => auditKeyFrom('short secret')).toThrow(/at least 32 characters \(it holds 12\).*openssl rand -hex 32/);
  });

  it('names a key by an id that is the same for the same secret and differs between secrets', () => {
    expect(auditKeyFrom('k'.repeat(40)).id).toBe(key.id);
    expect(key.id).toMatch(/^[0-9a-f]{8}$/);
    expect(otherKey.id).not.toBe(key.id);
  });
});

describe('a keyed audit chain', () => {
  it('seals every entry with the key and verifies only with the same key', () => {
    const chain = chainAuditRecords(records(1, 4), null, key);
    expect(chain.every((entry) => sealOf(entry.hash).kind === 'hmac-sha256')).toBe(true);
    expect(verifyAuditChain(chain, { key })).toMatchObject({ intact: true, entries: 4 });
    expect(verifyAuditChain(chain, { key: otherKey })).toMatchObject({
      intact: false,
      sequence: 1,
      problem: `it is sealed with audit key ${key.id}, and BLUELAMP_AUDIT_KEY is audit key ${otherKey.id}`,
    });
    expect(verifyAuditChain(chain)).toMatchObject({ intact: false, sequence: 1 });
  });

  it('continues a plain chain with keyed entries, and both parts verify', () => {
    const plain = chainAuditRecords(records(1, 3), null);
    const keyed = chainAuditRecords(records(4, 6), plain.at(-1) ?? null, key);
    expect(verifyAuditChain([...plain, ...keyed], { key })).toMatchObject({ intact: true, entries: 6 });
  });

  it('catches a tail rewritten, consistently, by someone with database rights but not the key', () => {
    const chain = chainAuditRecords(records(1, 6), null, key);
    // A forger computes plain hashes by hand; Bluelamp's own writer would refuse to.
    const tail = chain[3]!;
    const forgedContent = { ...record(5), after: { status: 'forged' } };
    const fifth = { ...forgedContent, sequence: 5, previousHash: tail.hash, hash: '' };
    const fifthHash = hashAuditEntry(fifth, 5, tail.hash, null);
    const forged = [{ ...fifth, hash: fifthHash }, ...chainAuditRecords([record(6)], { sequence: 5, hash: fifthHash })];
    expect(verifyAuditChain([...chain.slice(0, 4), ...forged], { key })).toMatchObject({
      intact: false,
      sequence: 5,
      problem: expect.stringContaining('sealed without the audit key although entry 1 before it is keyed') as unknown,
    });
  });

  it('will not let a process without the key, or with another, write after a keyed entry', () => {
    const chain = chainAuditRecords(records(1, 2), null, key);
    expect(() => chainAuditRecords([record(3)], chain[1] ?? null)).toThrow(
      `The audit trail is sealed with audit key ${key.id} (entry 2 is the last), and this process has no BLUELAMP_AUDIT_KEY`,
    );
    expect(() => chainAuditRecords([record(3)], chain[1] ?? null, otherKey)).toThrow(
      `this process holds audit key ${otherKey.id}`,
    );
  });
});

describe('the chain checked against its anchor', () => {
  const chain = chainAuditRecords(records(1, 40), null);

  it('finds a chain whose head is the anchored entry intact, and says so', () => {
    expect(verifyAuditChain(chain, { anchor: anchorAt(chain[39]!) })).toMatchObject({
      intact: true,
      anchor: { sequence: 40, place: '/srv/bluelamp/anchor.json' },
    });
  });

  it('accepts entries written after the anchor', () => {
    expect(verifyAuditChain(chain, { anchor: anchorAt(chain[29]!) })).toMatchObject({ intact: true, entries: 40 });
  });

  it('fails a trail whose last 20 entries were removed, naming the first missing entry', () => {
    expect(verifyAuditChain(chain.slice(0, 20), { anchor: anchorAt(chain[39]!) })).toMatchObject({
      intact: false,
      brokenAt: null,
      sequence: 21,
      problem: expect.stringMatching(
        /^entry 21 is missing: the trail ends at entry 20, but the anchor written outside the database \(\/srv\/bluelamp\/anchor\.json, .*\) records entry 40; entries 21 to 40 were removed$/,
      ) as unknown,
    });
  });

  it('fails an empty trail where the anchor records entries', () => {
    expect(verifyAuditChain([], { anchor: anchorAt(chain[39]!) })).toMatchObject({
      intact: false,
      sequence: 1,
      problem: expect.stringContaining('the trail is empty, but the anchor') as unknown,
    });
  });

  it('fails a trail rebuilt from an earlier entry, even when every link in it is sound', () => {
    const rebuilt = [...chain.slice(0, 10), ...chainAuditRecords(records(111, 140), chain[9] ?? null)];
    expect(verifyAuditChain(rebuilt, { anchor: anchorAt(chain[39]!) })).toMatchObject({
      intact: false,
      sequence: 40,
      problem: expect.stringContaining('it is not the entry 40 anchored outside the database') as unknown,
    });
  });

  it('detects any shortening of an anchored trail, whatever the lengths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 39 }), (anchored, kept) => {
        fc.pre(kept < anchored);
        const verdict = verifyAuditChain(chain.slice(0, kept), { anchor: anchorAt(chain[anchored - 1]!) });
        expect(verdict).toMatchObject({ intact: false, sequence: kept + 1 });
      }),
    );
  });

  it('reads entries one at a time and stops caring after the first break', () => {
    const verifier = new AuditChainVerifier();
    expect(verifier.add(chain[0]!)).toBe(true);
    expect(verifier.add(chain[2]!)).toBe(false);
    expect(verifier.add(chain[3]!)).toBe(false);
    expect(verifier.verdict()).toMatchObject({ intact: false, sequence: 3, entries: 3 });
  });
});
