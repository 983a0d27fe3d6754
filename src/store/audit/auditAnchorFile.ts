import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { auditKeyFrom, type AuditAnchor, type AuditKey } from '../../domain/audit/index.js';
import type { DatabaseConfig } from '../databaseUrl.js';

/**
 * What seals this process's audit entries, and where it anchors the chain's head outside the
 * database. Both come from the environment, never from the database they protect.
 */
export interface AuditSealSettings {
  /** BLUELAMP_AUDIT_KEY: when set, new entries are keyed. */
  readonly key: AuditKey | null;
  /** The anchor file for this database; null for an in-memory database, which has no past to protect. */
  readonly anchorFile: string | null;
}

export const NO_AUDIT_SEAL: AuditSealSettings = { key: null, anchorFile: null };

const ANCHOR_FORMAT = 'bluelamp-audit-anchor';
const DEFAULT_ANCHOR_FOLDER = path.join('var', 'audit-anchors');

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}

/**
 * One anchor per database, named after where the database is (never the role that connects, so
 * the owner running migrations and the application share it). A SQLite database keeps its anchor
 * beside its file unless BLUELAMP_AUDIT_ANCHOR_DIR says otherwise; PostgreSQL's live in
 * BLUELAMP_AUDIT_ANCHOR_DIR, ./var/audit-anchors by default.
 */
export function anchorFileFor(config: DatabaseConfig, folder: string | undefined): string | null {
  const chosen = folder === undefined || folder.trim() === '' ? undefined : path.resolve(folder);
  if (config.dialect === 'sqlite') {
    if (config.filename === ':memory:') return null;
    const file = path.resolve(config.filename);
    if (chosen === undefined) return `${file}.audit-anchor.json`;
    const place = createHash('sha256').update(file).digest('hex').slice(0, 12);
    return path.join(chosen, `sqlite-${slug(path.basename(file))}-${place}.audit-anchor.json`);
  }
  const url = new URL(config.connectionString);
  const host = url.searchParams.get('host') ?? url.hostname;
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username);
  const name = `postgres-${slug(host)}-${url.port || '5432'}-${slug(database)}.audit-anchor.json`;
  return path.join(chosen ?? path.resolve(DEFAULT_ANCHOR_FOLDER), name);
}

export function auditSealSettings(config: DatabaseConfig, env: NodeJS.ProcessEnv = process.env): AuditSealSettings {
  const secret = env.BLUELAMP_AUDIT_KEY;
  return {
    key: secret === undefined || secret.trim() === '' ? null : auditKeyFrom(secret),
    anchorFile: anchorFileFor(config, env.BLUELAMP_AUDIT_ANCHOR_DIR),
  };
}

interface AnchorFileContent {
  readonly format: typeof ANCHOR_FORMAT;
  readonly sequence: number;
  readonly hash: string;
  readonly anchoredAt: string;
}

function isAnchorContent(value: unknown): value is AnchorFileContent {
  const v = value as Partial<AnchorFileContent> | null;
  return (
    v?.format === ANCHOR_FORMAT &&
    Number.isInteger(v.sequence) &&
    (v.sequence ?? -1) >= 0 &&
    typeof v.hash === 'string' &&
    typeof v.anchoredAt === 'string'
  );
}

export class AuditAnchorUnreadableError extends Error {
  override readonly name = 'AuditAnchorUnreadableError';
}

/** The anchor, or null where none has been written; a file that is not an anchor is an error, not "none". */
export function readAuditAnchor(file: string | null): AuditAnchor | null {
  if (file === null || !fs.existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AuditAnchorUnreadableError(`The audit anchor ${file} cannot be read: ${(error as Error).message}.`);
  }
  if (!isAnchorContent(parsed)) {
    throw new AuditAnchorUnreadableError(`The audit anchor ${file} is not a Bluelamp audit anchor.`);
  }
  return { sequence: parsed.sequence, hash: parsed.hash, anchoredAt: parsed.anchoredAt, place: file };
}

/** Creates missing folders one level at a time (Node's recursive mkdir can hang on odd mounts). */
function makeFolders(folder: string): void {
  if (fs.existsSync(folder)) return;
  makeFolders(path.dirname(folder));
  fs.mkdirSync(folder);
}

/**
 * Writes the head as the anchor. An anchor only moves forward unless `replace` is set (a restore
 * or an operator re-anchoring): two processes finishing close together may not move it back.
 * The file is replaced whole, by rename, so a reader never sees half of one.
 */
export function writeAuditAnchor(
  file: string,
  head: { readonly sequence: number; readonly hash: string },
  replace: boolean,
): void {
  if (!replace) {
    const current = readAuditAnchor(file);
    if (current !== null && current.sequence >= head.sequence) return;
  }
  makeFolders(path.dirname(file));
  const content: AnchorFileContent = {
    format: ANCHOR_FORMAT,
    sequence: head.sequence,
    hash: head.hash,
    anchoredAt: new Date().toISOString(),
  };
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(content)}\n`);
  fs.renameSync(temporary, file);
}
