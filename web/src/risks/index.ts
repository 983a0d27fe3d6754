// What the rest of the app may use of the risk register: its pages.
export { RisksPage } from './RisksPage.js';
export { RiskPage } from './RiskPage.js';
export { RiskFormPage } from './RiskFormPage.js';
