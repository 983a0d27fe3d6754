export * from './reminders.js';
export * from './messages.js';
export * from './icalendar.js';
