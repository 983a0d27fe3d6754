/** The details of the small slice of the Met's 2018-19 Business Plan that plan tests build on. */
export const SAMPLE_PLAN_HEADER = {
  key: 'met-business-plan-2018-19',
  title: 'Met Business Plan 2018-19',
  kind: 'business-plan',
  owner: 'Metropolitan Police Service',
  firstYear: '2018-19',
  lastYear: '2018-19',
} as const;
