export * from './addRisk.js';
export * from './editRisk.js';
export * from './reviewRisk.js';
export * from './listRisks.js';
export * from './getRisk.js';
export * from './renderRiskHeatMap.js';
export type { RiskSummary, ScoreView } from './riskViews.js';
