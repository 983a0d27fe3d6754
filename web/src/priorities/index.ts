// What the rest of the app may use of local priorities: its pages.
export { PrioritiesPage } from './PrioritiesPage.js';
export { PriorityCategoryPage } from './PriorityCategoryPage.js';
export { PriorityBoroughPage } from './PriorityBoroughPage.js';
export { PriorityEvidencePage } from './PriorityEvidencePage.js';
export { RecordPrioritiesPage } from './RecordPrioritiesPage.js';
export { PriorityCataloguePage } from './PriorityCataloguePage.js';
