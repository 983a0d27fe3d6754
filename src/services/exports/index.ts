export * from './exportFiles.js';
export * from './exportMilestones.js';
export * from './exportReviewQueue.js';
export * from './exportFindings.js';
