export * from './listWorkFor.js';
export { urgencyOf, DUE_SOON_DAYS } from './workItem.js';
export * from './reportingCalendar.js';
