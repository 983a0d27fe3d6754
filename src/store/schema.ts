import type { Kysely, Transaction } from 'kysely';
import type { AccountTables } from './accounts/tables.js';
import type { AuditTables } from './audit/tables.js';
import type { BoardTables } from './board/tables.js';
import type { CrimeDataTables } from './crime-data/tables.js';
import type { InspectionTables } from './inspections/tables.js';
import type { MeasureTables } from './measures/tables.js';
import type { NeighbourhoodTables } from './neighbourhoods/tables.js';
import type { NotificationTables } from './notifications/tables.js';
import type { OrganisationTables } from './organisation/tables.js';
import type { PlanTables } from './plans/tables.js';
import type { PriorityTables } from './priorities/tables.js';
import type { PublishingTables } from './publishing/tables.js';
import type { RiskTables } from './risks/tables.js';
import type { SystemTables } from './system/tables.js';
import type { WorkTables } from './work/tables.js';

/**
 * The database as Kysely sees it, the same on SQLite and PostgreSQL: each feature declares its
 * own tables beside its queries, and this composes them.
 */
export interface DatabaseSchema
  extends
    OrganisationTables,
    AuditTables,
    AccountTables,
    PlanTables,
    MeasureTables,
    CrimeDataTables,
    PriorityTables,
    NeighbourhoodTables,
    InspectionTables,
    BoardTables,
    PublishingTables,
    WorkTables,
    NotificationTables,
    RiskTables,
    SystemTables {}

/** Anything queries run on: the database itself or an open transaction. */
export type Executor = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
