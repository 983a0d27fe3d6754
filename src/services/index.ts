export * from './context.js';
export * from './demo/loadDemoData.js';
export * from './demo/isDatabaseEmpty.js';
export * from './organisation/getOrganisationOverview.js';
export * from './organisation/getOrgUnit.js';
export { readingOrganisationOnce } from './organisation/loadOrganisationModel.js';
export * from './organisation/listBcus.js';
export * from './organisation/listBoroughs.js';
export * from './organisation/organisationViews.js';
export * from './system/getHealth.js';
export * from './system/getReadiness.js';
export * from './system/getOperationalCounts.js';
export * from './system/configuration.js';
export { bluelampVersion, contextFor, openServiceContext, type OpenOptions } from './system/openServiceContext.js';
export * from './system/migrateDatabase.js';
export * from './system/doctor.js';
export * from './audit/listAuditHistory.js';
export * from './audit/listAuditPage.js';
export * from './audit/verifyAuditTrail.js';
export * from './audit/anchorAuditTrail.js';
export * from './organisation/updateOrgUnit.js';
export * from './system/backupDatabase.js';
export * from './system/restoreDatabase.js';
export * from './system/backupKey.js';
export * from './system/limitApplicationRole.js';
export type { BackupHeader, TableSummary } from './system/backupFile.js';
export * from './accounts/signIn.js';
export * from './accounts/openSession.js';
export * from './accounts/resolveSession.js';
export * from './accounts/resolveApiToken.js';
export * from './accounts/apiTokens.js';
export * from './accounts/signOut.js';
export * from './accounts/signOutEverywhere.js';
export {
  FAILURE_WINDOW_MINUTES,
  FAILURES_PER_CLIENT,
  FAILURES_PER_USERNAME,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
} from './accounts/sessionRules.js';
export * from './accounts/addUser.js';
export * from './accounts/listUsers.js';
export * from './accounts/setUserRole.js';
export * from './accounts/disableUser.js';
export * from './accounts/enableUser.js';
export * from './accounts/setUserSsoEmail.js';
export * from './accounts/setUserEmail.js';
export * from './accounts/resetUserPassword.js';
export * from './accounts/changeOwnPassword.js';
export { summariseUser, type UserSummary } from './accounts/userViews.js';
export { SSO_SIGN_IN_MINUTES, ssoSettingsFromEnvironment, type SsoSettings } from './accounts/ssoAccess.js';
export * from './accounts/startSsoSignIn.js';
export * from './accounts/completeSsoSignIn.js';
export * from './accounts/scopeCovers.js';
export { scopeCoversIn } from '../domain/accounts/index.js';
export * from './plans/index.js';
export * from './measures/index.js';
export * from './crime-data/index.js';
export * from './priorities/index.js';
export * from './neighbourhoods/index.js';
export * from './inspections/index.js';
export * from './publishing/index.js';
export * from './board/index.js';
export * from './risks/index.js';
export * from './notifications/index.js';
export * from './work/index.js';
