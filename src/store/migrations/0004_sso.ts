import type { Kysely } from 'kysely';

/** A single sign-on attempt in flight, kept in the database so any Bluelamp process can finish it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sso_sign_ins')
    .addColumn('state', 'text', (col) => col.primaryKey())
    .addColumn('code_verifier', 'text', (col) => col.notNull())
    .addColumn('nonce', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sso_sign_ins').execute();
}
