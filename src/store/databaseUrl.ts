import path from 'node:path';

export type DatabaseConfig =
  | { readonly dialect: 'sqlite'; readonly filename: string }
  | { readonly dialect: 'postgres'; readonly connectionString: string };

export const DEFAULT_SQLITE_FILE = path.join('var', 'bluelamp.db');

export class DatabaseUrlError extends Error {
  override readonly name = 'DatabaseUrlError';
}

const EXAMPLES =
  'Use sqlite:./var/bluelamp.db for the embedded database or postgres://user:password@host:5432/bluelamp.';

/**
 * DATABASE_URL picks the store: unset means the embedded SQLite file ./var/bluelamp.db;
 * "sqlite:<path>" (or "file:<path>") another file; "postgres://…" or "postgresql://…" a server.
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  const text = url?.trim() ?? '';
  if (text === '') return { dialect: 'sqlite', filename: DEFAULT_SQLITE_FILE };
  const sqlite = /^(?:sqlite|file):(?:\/\/)?(.*)$/i.exec(text);
  if (sqlite) {
    const filename = sqlite[1] ?? '';
    if (filename === '') throw new DatabaseUrlError(`DATABASE_URL "${text}" names no database file. ${EXAMPLES}`);
    return { dialect: 'sqlite', filename: filename === ':memory:' ? filename : path.normalize(filename) };
  }
  if (/^postgres(?:ql)?:\/\//i.test(text)) {
    let parsed: URL;
    try {
      parsed = new URL(text);
    } catch {
      throw new DatabaseUrlError(`DATABASE_URL is not a valid PostgreSQL address. ${EXAMPLES}`);
    }
    if (parsed.hostname === '') throw new DatabaseUrlError(`DATABASE_URL names no PostgreSQL host. ${EXAMPLES}`);
    if (parsed.port !== '' && !/^\d+$/.test(parsed.port)) {
      throw new DatabaseUrlError(`DATABASE_URL has a port that is not a number. ${EXAMPLES}`);
    }
    return { dialect: 'postgres', connectionString: text };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL must start with sqlite: or postgres:// (got "${redact(text)}"). ${EXAMPLES}`,
  );
}

/** Hides a password before a URL is shown in a message or a log. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1****@');
}

/** Where a config points, for messages and the health check, without secrets. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.dialect === 'sqlite'
    ? `SQLite file ${config.filename}`
    : `PostgreSQL at ${redact(config.connectionString)}`;
}
