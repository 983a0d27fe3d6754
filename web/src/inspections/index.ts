// What the rest of the app may use of inspections: its pages.
export { InspectionsPage } from './InspectionsPage.js';
export { InspectionPage } from './InspectionPage.js';
export { FindingsPage } from './FindingsPage.js';
export { FindingPage } from './FindingPage.js';
export { ReadinessPage } from './ReadinessPage.js';
export { GradeComparisonPage } from './GradeComparisonPage.js';
export { FindingQueuePage } from './FindingQueuePage.js';
export { MyFindingsPage } from './MyFindingsPage.js';
