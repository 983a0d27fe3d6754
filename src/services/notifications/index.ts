export * from './mailTransport.js';
export * from './runNotifications.js';
export * from './notifySchedule.js';
export * from './calendarFeed.js';
export {
  getNotificationSettings,
  saveNotificationSettings,
  type NotificationSettingsView,
} from './notificationPreferences.js';
