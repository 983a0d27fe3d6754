export * from './auditChain.js';
export * from './auditSeal.js';
export * from './auditVerifier.js';
