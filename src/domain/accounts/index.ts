export * from './passwordPolicy.js';
export * from './roles.js';
