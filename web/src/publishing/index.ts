// What the rest of the app may use of publishing: the reports page, the public site with its
// own navigation, and the shape of a published version (a board pack is published as one).
export { ReportsPage } from './ReportsPage.js';
export { PublicPage } from './PublicPage.js';
export { PublicNavigation } from './PublicNavigation.js';
export type * from './reportTypes.js';
// The confirmation step before anything is published, which the board's pack uses too.
export { PublicationConfirm } from './PublicationConfirm.js';
export { PublishReportPage } from './PublishReportPage.js';
export type { PublicationSummary } from './publicationTypes.js';
// The public site's statements, and their addresses and titles for the server's drawing of the site.
export { AccessibilityStatementPage } from './AccessibilityStatementPage.js';
export { PrivacyNoticePage } from './PrivacyNoticePage.js';
export { CookiesPage } from './CookiesPage.js';
export { PUBLIC_STATEMENTS } from './publicStatements.js';
export { openDataApiPath } from './openDataTypes.js';
