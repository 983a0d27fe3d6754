// What the rest of the app may use of crime data: its pages.
export { StopSearchPage } from './StopSearchPage.js';
export { CompareForcesPage } from './CompareForcesPage.js';
