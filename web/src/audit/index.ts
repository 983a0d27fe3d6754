// What the rest of the app may use of the audit trail: its page.
export { HistoryPage } from './HistoryPage.js';
