import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, describeDatabase, parseDatabaseUrl, redact } from './databaseUrl.js';

describe('DATABASE_URL', () => {
  it('defaults to the embedded SQLite file under ./var', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ dialect: 'sqlite', filename: 'var/bluelamp.db' });
    expect(parseDatabaseUrl('  ')).toEqual({ dialect: 'sqlite', filename: 'var/bluelamp.db' });
  });

  it('reads sqlite: and file: addresses, relative and absolute', () => {
    expect(parseDatabaseUrl('sqlite:./data/x.db')).toEqual({ dialect: 'sqlite', filename: 'data/x.db' });
    expect(parseDatabaseUrl('sqlite:///srv/bluelamp.db')).toEqual({ dialect: 'sqlite', filename: '/srv/bluelamp.db' });
    expect(parseDatabaseUrl('file:/tmp/b.db')).toEqual({ dialect: 'sqlite', filename: '/tmp/b.db' });
  });

  it('reads postgres:// and postgresql:// addresses', () => {
    expect(parseDatabaseUrl('postgres://u:p@db.example:5432/bluelamp').dialect).toBe('postgres');
    expect(parseDatabaseUrl('postgresql://u@localhost/bluelamp').dialect).toBe('postgres');
  });

  it('explains a malformed address in one sentence that says what to write', () => {
    for (const bad of ['mysql://x', 'postgres://', 'sqlite:', 'bluelamp.db', 'postgres://u@h:port/db']) {
      expect(() => parseDatabaseUrl(bad)).toThrow(DatabaseUrlError);
    }
    expect(() => parseDatabaseUrl('mysql://root:secret@h/db')).toThrow(/must start with sqlite: or postgres:\/\//);
  });

  it('never shows a password', () => {
    expect(redact('postgres://u:secret@h/db')).toBe('postgres://u:****@h/db');
    expect(() => parseDatabaseUrl('mysql://root:secret@h/db')).toThrow(/^(?!.*secret)/s);
    expect(describeDatabase({ dialect: 'postgres', connectionString: 'postgres://u:secret@h/db' })).not.toContain(
      'secret',
    );
  });
});
