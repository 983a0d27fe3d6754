export * from './apiTokens.js';
export * from './passwordPolicy.js';
export * from './roles.js';
export * from './permissions.js';
export * from './scope.js';
export * from './ssoProblems.js';
