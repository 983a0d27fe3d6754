// What the rest of the app may use of plans: its pages, the plan list and the milestone
// status tag that findings and reports show too.
export { PlansPage } from './PlansPage.js';
export { PlanPage } from './PlanPage.js';
export { CoveragePage } from './CoveragePage.js';
export { PlanAimsPage } from './PlanAimsPage.js';
export { TrackerPage } from './TrackerPage.js';
export { MilestonePage } from './MilestonePage.js';
export { MyUpdatesPage } from './MyUpdatesPage.js';
export { ReviewPage } from './ReviewPage.js';
export { PublishQuarterPage } from './PublishQuarterPage.js';
export { NarrativesPage } from './NarrativesPage.js';
export { PublishPlanPage } from './PublishPlanPage.js';
export { usePlans } from './planQueries.js';
export { StatusTag } from './StatusTag.js';
export type * from './planTypes.js';
