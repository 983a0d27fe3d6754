export * from './riskScores.js';
export * from './heatMap.js';
export * from './risk.js';
export * from './packRisks.js';
