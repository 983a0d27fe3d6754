export * from './dates.js';
export * from './financialYear.js';
export * from './period.js';
export * from './dueSpec.js';
export * from './periodInput.js';
export * from './periodForms.js';
export * from './reportingCalendar.js';
export * from './bankHolidays.js';
