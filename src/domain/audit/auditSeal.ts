import { createHash, createHmac } from 'node:crypto';
import { BluelampProblem } from '../errors.js';

/**
 * How an entry's hash was made. Entries written before a key was configured, or where none is,
 * carry a plain SHA-256 (64 hex digits); entries written with a key carry an HMAC-SHA256 and the
 * key's id: "hmac-sha256:<key id>:<64 hex digits>". Someone with database rights but without the
 * key can recompute the first kind, never the second.
 */
export type AuditSeal = { readonly kind: 'sha256' } | { readonly kind: 'hmac-sha256'; readonly keyId: string };

export interface AuditKey {
  /** Names the key in stored hashes and messages; derived from the secret, revealing nothing of it. */
  readonly id: string;
  readonly secret: Buffer;
}

export const MIN_AUDIT_KEY_LENGTH = 32;
const KEYED_PREFIX = 'hmac-sha256:';

/** A key from the secret an operator configures (BLUELAMP_AUDIT_KEY). */
export function auditKeyFrom(secret: string, source = 'BLUELAMP_AUDIT_KEY'): AuditKey {
  const trimmed = secret.trim();
  if (trimmed.length < MIN_AUDIT_KEY_LENGTH) {
    throw new BluelampProblem(
      'invalid-input',
      `${source} must hold at least ${MIN_AUDIT_KEY_LENGTH} characters (it holds ${trimmed.length}); make one with: openssl rand -hex 32`,
    );
  }
  const bytes = Buffer.from(trimmed, 'utf8');
  return { id: createHmac('sha256', bytes).update('bluelamp audit key id').digest('hex').slice(0, 8), secret: bytes };
}

export function sealOf(hash: string): AuditSeal {
  if (!hash.startsWith(KEYED_PREFIX)) return { kind: 'sha256' };
  return { kind: 'hmac-sha256', keyId: hash.slice(KEYED_PREFIX.length).split(':')[0] ?? '' };
}

/** The digest part of a stored hash, for showing to people. */
export function digestOf(hash: string): string {
  return hash.slice(hash.lastIndexOf(':') + 1);
}

/** Hashes an entry's canonical content: keyed when a key is given, plain otherwise. */
export function sealContent(content: string, key: AuditKey | null): string {
  if (key === null) return createHash('sha256').update(content).digest('hex');
  return `${KEYED_PREFIX}${key.id}:${createHmac('sha256', key.secret).update(content).digest('hex')}`;
}

/**
 * Whether a process holding `key` may link new entries after one sealed with `tailSeal`. Once
 * the trail is keyed it stays keyed with the same key: a process without it (or with another)
 * would write entries that anyone with database rights could forge, so it must not write at all.
 */
export function assertMayExtend(tailSeal: AuditSeal, tailSequence: number, key: AuditKey | null): void {
  if (tailSeal.kind === 'sha256') return;
  if (key === null) {
    throw new BluelampProblem(
      'unavailable',
      `The audit trail is sealed with audit key ${tailSeal.keyId} (entry ${tailSequence} is the last), and this process has no BLUELAMP_AUDIT_KEY, so it may not write. Set BLUELAMP_AUDIT_KEY to the trail's key.`,
    );
  }
  if (key.id !== tailSeal.keyId) {
    throw new BluelampProblem(
      'unavailable',
      `The audit trail is sealed with audit key ${tailSeal.keyId} (entry ${tailSequence} is the last), and this process holds audit key ${key.id}, so it may not write. Set BLUELAMP_AUDIT_KEY to the trail's key.`,
    );
  }
}
