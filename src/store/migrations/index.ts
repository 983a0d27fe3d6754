import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Store } from '../database.js';
import * as organisation from './0001_organisation.js';
import * as audit from './0002_audit.js';
import * as accounts from './0003_accounts.js';
import * as sso from './0004_sso.js';
import * as plans from './0005_plans.js';
import * as measures from './0006_measures.js';
import * as crimeData from './0007_crime_data.js';
import * as priorities from './0008_priorities.js';
import * as neighbourhoods from './0009_neighbourhoods.js';
import * as inspections from './0010_inspections.js';
import * as findingResponses from './0011_finding_responses.js';
import * as board from './0012_board.js';
import * as publishedReports from './0013_published_reports.js';
import * as crimeAreas from './0014_crime_areas.js';
import * as observationSources from './0015_observation_sources.js';
import * as signInAttempts from './0016_sign_in_attempts.js';
import * as appendOnlyGuards from './0017_append_only_guards.js';
import * as findingPublicResponses from './0018_finding_public_responses.js';
import * as publishedReportFiles from './0019_published_report_files.js';
import * as notifications from './0020_notifications.js';
import * as reportingRules from './0021_reporting_rules.js';
import * as search from './0022_search.js';
import * as findingEvidenceFiles from './0023_finding_evidence_files.js';
import * as measureKinds from './0024_measure_kinds.js';
import * as findingMeasures from './0025_finding_measures.js';
import * as boards from './0026_boards.js';
import * as risks from './0027_risks.js';
import * as commitmentDeliverers from './0028_commitment_deliverers.js';
import * as quarterNarratives from './0029_quarter_narratives.js';
import * as apiTokens from './0030_api_tokens.js';
import * as dataVersions from './0031_data_versions.js';
import * as internalDataVersion from './0032_internal_data_version.js';

/** Every migration, in order. A name, once released, never changes. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_organisation': organisation,
  '0002_audit': audit,
  '0003_accounts': accounts,
  '0004_sso': sso,
  '0005_plans': plans,
  '0006_measures': measures,
  '0007_crime_data': crimeData,
  '0008_priorities': priorities,
  '0009_neighbourhoods': neighbourhoods,
  '0010_inspections': inspections,
  '0011_finding_responses': findingResponses,
  '0012_board': board,
  '0013_published_reports': publishedReports,
  '0014_crime_areas': crimeAreas,
  '0015_observation_sources': observationSources,
  '0016_sign_in_attempts': signInAttempts,
  '0017_append_only_guards': appendOnlyGuards,
  '0018_finding_public_responses': findingPublicResponses,
  '0019_published_report_files': publishedReportFiles,
  '0020_notifications': notifications,
  '0021_reporting_rules': reportingRules,
  '0022_search': search,
  '0023_finding_evidence_files': findingEvidenceFiles,
  '0024_measure_kinds': measureKinds,
  '0025_finding_measures': findingMeasures,
  '0026_boards': boards,
  '0027_risks': risks,
  '0028_commitment_deliverers': commitmentDeliverers,
  '0029_quarter_narratives': quarterNarratives,
  '0030_api_tokens': apiTokens,
  '0031_data_versions': dataVersions,
  '0032_internal_data_version': internalDataVersion,
};

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Readonly<Record<string, Migration>>) {}

  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({ ...this.migrations });
  }
}

export class MigrationFailedError extends Error {
  override readonly name = 'MigrationFailedError';
}

export interface MigrationReport {
  readonly applied: string[];
  readonly current: string | null;
}

/**
 * Brings the schema up to date. Each migration runs in a transaction on both dialects, so one
 * that fails leaves the database exactly as it was before it started.
 */
export async function migrateToLatest(
  store: Store,
  migrations: Readonly<Record<string, Migration>> = MIGRATIONS,
): Promise<MigrationReport> {
  const migrator = new Migrator({ db: store.db, provider: new StaticMigrationProvider(migrations) });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new MigrationFailedError(
      `Migration ${failed} failed and was rolled back; the database is as it was before. Reason: ${reason}`,
    );
  }
  const applied = results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
  const all = await migrator.getMigrations();
  const executed = all.filter((migration) => migration.executedAt !== undefined);
  return { applied, current: executed.at(-1)?.name ?? null };
}
