import type { Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

/**
 * Personal API tokens, read-only keys for analysts' tools. Like a session, a token is found by
 * the SHA-256 hash of its secret, so a copy of this table (or of a backup) lets nobody in.
 * A revoked token keeps its row, with when it was revoked, so the owner's list still explains
 * why a tool stopped working.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('api_tokens'))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_tokens').execute();
}
