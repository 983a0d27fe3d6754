export * from './auditChain.js';
