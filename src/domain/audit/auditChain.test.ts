import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainAuditRecords, type AuditRecord } from './auditChain.js';
import { verifyAuditChain } from './auditVerifier.js';

const record = (n: number): AuditRecord => ({
  occurredAt: `2026-11-22T10:00:0${n % 10}.000Z`,
  actor: 'cli:analyst',
  action: 'update',
  entityType: 'org_unit',
  entityId: `U${n}`,
  before: { name: `Old ${n}` },
  after: { name: `New ${n}` },
  reason: n % 2 === 0 ? 'restructure' : null,
});

describe('the audit hash chain', () => {
  it('writes the same canonical JSON whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"x":2,"y":1}]},"b":1}',
    );
  });

  it('verifies a chain it built, and continues one from its tail', () => {
    const first = chainAuditRecords([record(1), record(2)], null);
    const more = chainAuditRecords([record(3)], first.at(-1) ?? null);
    expect(more[0]?.sequence).toBe(3);
    expect(verifyAuditChain([...first, ...more])).toEqual({
      intact: true,
      entries: 3,
      lastHash: more[0]?.hash,
      anchor: null,
    });
  });

  it('names the first entry whose content was changed', () => {
    const chain = chainAuditRecords([1, 2, 3, 4].map(record), null);
    const tampered = chain.map((entry) => (entry.sequence === 3 ? { ...entry, after: { name: 'Forged' } } : entry));
    expect(verifyAuditChain(tampered)).toMatchObject({
      intact: false,
      sequence: 3,
      problem: expect.stringContaining('content') as unknown,
    });
  });

  it('notices an entry removed from the middle or the chain re-hashed after an edit', () => {
    const chain = chainAuditRecords([1, 2, 3, 4].map(record), null);
    expect(verifyAuditChain(chain.filter((entry) => entry.sequence !== 2))).toMatchObject({
      intact: false,
      sequence: 3,
    });
    const rehashed = chainAuditRecords([record(1), { ...record(2), actor: 'someone else' }], null);
    expect(verifyAuditChain([...rehashed, ...chain.slice(2)])).toMatchObject({ intact: false, sequence: 3 });
  });

  it('catches a change to any field of any entry', () => {
    const chain = chainAuditRecords([1, 2, 3, 4, 5].map(record), null);
    const fields = ['occurredAt', 'actor', 'action', 'entityType', 'entityId', 'before', 'after', 'reason'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.constantFrom(...fields), fc.string(), (index, field, value) => {
        const original = chain[index]!;
        fc.pre(JSON.stringify(original[field]) !== JSON.stringify(value));
        const tampered = chain.map((entry, i) => (i === index ? { ...entry, [field]: value } : entry));
        expect(verifyAuditChain(tampered)).toMatchObject({ intact: false, sequence: index + 1 });
      }),
    );
  });
});
