import { everyone, type MatrixEntry } from './authorisationOutcomes.js';

/** The public transparency site's rows of the authorisation matrix: every page is open to everyone. */
export const OPEN_DATA_MATRIX: Record<string, MatrixEntry> = {
  getOpenDataHome: { url: '/api/open-data', expected: everyone(200) },
  getOpenDataPlans: { url: '/api/open-data/plans', expected: everyone(200) },
  getOpenDataPlan: { url: '/api/open-data/plans/met-business-plan-2018-19', expected: everyone(200) },
  getOpenDataPlanProgress: { url: '/api/open-data/plans/met-business-plan-2018-19/progress', expected: everyone(200) },
  getOpenDataQuarterProgress: {
    url: '/api/open-data/plans/met-business-plan-2018-19/progress/2018-19-Q1?format=csv&table=milestones',
    expected: everyone(200),
  },
  getOpenDataProgress: { url: '/api/open-data/progress', expected: everyone(200) },
  getOpenDataMeasures: { url: '/api/open-data/measures', expected: everyone(200) },
  getOpenDataMeasure: { url: '/api/open-data/measures/burglary?download=json', expected: everyone(200) },
  getOpenDataLatestPriorities: { url: '/api/open-data/priorities', expected: everyone(200) },
  getOpenDataPriorities: { url: '/api/open-data/priorities/2018-19', expected: everyone(200) },
  getOpenDataPriorityCategory: {
    url: '/api/open-data/priorities/2018-19/categories/burglary',
    expected: everyone(200),
  },
  getOpenDataInspections: { url: '/api/open-data/inspections', expected: everyone(200) },
  getOpenDataInspection: { url: '/api/open-data/inspections/peel-2018-19-met', expected: everyone(200) },
};
