/** A plan the authorisation matrix imports: its one lead is no unit, so an allowed caller gets the plan's own 400. */
export const MATRIX_PLAN_HEADER = {
  key: 'matrix-plan',
  title: 'Matrix plan',
  kind: 'business-plan',
  owner: 'Metropolitan Police Service',
  firstYear: '2019-20',
  lastYear: '2019-20',
};

export const MATRIX_PLAN = {
  key: 'matrix-plan',
  title: 'Matrix plan',
  kind: 'business-plan',
  owner: 'Metropolitan Police Service',
  firstYear: '2019-20',
  lastYear: '2019-20',
  nodeKinds: [{ key: 'objective', label: 'Objective', plural: 'Objectives' }],
  nodes: [
    {
      ref: 'O1',
      kind: 'objective',
      title: 'An objective',
      milestones: [{ ref: 'M1', title: 'A milestone', text: 'Do it.', due: 'Quarter 1, 2019-20', leads: ['NOPE'] }],
    },
  ],
};
