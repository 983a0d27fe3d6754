import { allowedFor, everyone, signedIn, type MatrixEntry } from './authorisationOutcomes.js';

/**
 * Rows of the authorisation matrix for each person's work: what needs them, the reporting
 * calendar, downloads of what is on screen, search, and their reminders and calendar feed.
 */
export const WORK_MATRIX: Record<string, MatrixEntry> = {
  listMyWork: { url: '/api/my-work?on=2018-10-05', expected: signedIn(200) },
  getReportingCalendar: { url: '/api/plans/2/reporting-calendar', expected: everyone(200) },
  setReportingCalendar: {
    url: '/api/plans/2/reporting-calendar',
    body: { updatesDueAfter: 10, reviewDueAfter: 15, publishAfter: 20 },
    expected: allowedFor(['performance', 'admin']),
  },
  // The exports answer exactly as the JSON routes of the pages they come from.
  exportMilestonesXlsx: { url: '/api/plans/2/milestones.xlsx?due=2018-19-Q1', expected: everyone(200) },
  exportMilestonesCsv: { url: '/api/plans/2/milestones.csv?due=2018-19-Q1', expected: everyone(200) },
  exportReviewQueueXlsx: { url: '/api/review-queue.xlsx', expected: allowedFor(['performance', 'admin']) },
  exportReviewQueueCsv: { url: '/api/review-queue.csv', expected: allowedFor(['performance', 'admin']) },
  exportFindingsXlsx: { url: '/api/findings.xlsx?overdue=true', expected: everyone(200) },
  exportFindingsCsv: { url: '/api/findings.csv?kind=recommendation', expected: everyone(200) },
  // Everyone may search; what each caller finds is tested in src/api/search/search.test.ts.
  search: { url: '/api/search?q=violent%20crime', expected: everyone(200) },
  // Reminder settings and feed addresses are each signed-in person's own, whatever their role.
  getNotificationSettings: { url: '/api/account/notifications', expected: signedIn(200) },
  saveNotificationSettings: {
    url: '/api/account/notifications',
    body: { digest: true, kinds: ['due-today', 'overdue'] },
    expected: signedIn(200),
  },
  createCalendarFeed: { url: '/api/account/calendar-feed', expected: signedIn(200) },
  // The address is the key: one no feed has is not found, for everyone alike.
  getCalendarFeed: { url: `/api/calendar/${'A'.repeat(43)}.ics`, expected: everyone(404) },
};
