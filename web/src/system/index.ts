// What the rest of the app may use of the system pages: the overview, the API documentation
// and the page for an address that leads nowhere.
export { HomePage } from './HomePage.js';
export { ApiDocsPage } from './ApiDocsPage.js';
export { NotFoundPage } from './NotFoundPage.js';
