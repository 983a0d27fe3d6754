// What the rest of the app may use of the organisation: its page.
export { OrganisationPage } from './OrganisationPage.js';
