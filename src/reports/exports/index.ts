export * from './exportTable.js';
