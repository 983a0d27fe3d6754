export * from './wardPosts.js';
export * from './compliance.js';
export * from './abstractions.js';
export * from './deploymentTable.js';
export * from './wardDirectory.js';
