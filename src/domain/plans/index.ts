export * from './planDocument.js';
export * from './statusScale.js';
export * from './checkPlanDocument.js';
export * from './monthMentions.js';
export * from './milestoneProgress.js';
export * from './updateWorkflow.js';
export * from './rollUp.js';
export * from './evidenceFiles.js';
