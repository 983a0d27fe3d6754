export * from './database.js';
export * from './databaseUrl.js';
export * from './migrations/index.js';
export * from './organisation/organisationStore.js';
export type { DatabaseSchema } from './schema.js';
export * from './audit/auditStore.js';
export * from './backup/tableRows.js';
export * from './accounts/accountStore.js';
export * from './accounts/sessionStore.js';
