export * from './passwordPolicy.js';
export * from './roles.js';
export * from './permissions.js';
