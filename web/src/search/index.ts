// What the rest of the app may use of search: its page.
export { SearchPage } from './SearchPage.js';
