// What the rest of the app may use of data loads: its page, and the link to it for those who load.
export { DataLoadsPage, LoadDataLink } from './DataLoadsPage.js';
