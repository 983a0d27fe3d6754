// What the rest of the app may use of publishing: the reports page, the public site with its
// own navigation, and the shape of a published version (a board pack is published as one).
export { ReportsPage } from './ReportsPage.js';
export { PublicPage } from './PublicPage.js';
export { PublicNavigation } from './PublicNavigation.js';
export type * from './reportTypes.js';
