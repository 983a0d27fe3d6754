import type { DatabaseConfig } from '../../src/store/index.js';

/** The DATABASE_URL that points Bluelamp at a test database. */
export function databaseUrlOf(config: DatabaseConfig): string {
  return config.dialect === 'sqlite' ? `sqlite:${config.filename}` : config.connectionString;
}
