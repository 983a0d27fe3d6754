/**
 * A quarterly update's life: the owner drafts and submits it; the performance team approves it
 * or returns it with a comment; approved updates are published with the quarter, after which
 * they never change.
 */
export const UPDATE_STATES = ['draft', 'submitted', 'returned', 'approved', 'published'] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

export const UPDATE_ACTIONS = ['save', 'submit', 'approve', 'return', 'publish'] as const;
export type UpdateAction = (typeof UPDATE_ACTIONS)[number];

const TRANSITIONS: Record<UpdateAction, { from: readonly UpdateState[]; to: UpdateState }> = {
  save: { from: ['draft', 'returned'], to: 'draft' },
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted', 'approved'], to: 'returned' },
  publish: { from: ['approved'], to: 'published' },
};

const EXPLANATIONS: Record<UpdateState, string> = {
  draft: 'is a draft',
  submitted: 'has been submitted for review',
  returned: 'has been returned to its owner',
  approved: 'has been approved',
  published: 'has been published and can no longer change',
};

export type TransitionResult = { ok: true; state: UpdateState } | { ok: false; reason: string };

/** The state an action leads to, or why it cannot be taken from the current one. */
export function nextUpdateState(current: UpdateState, action: UpdateAction): TransitionResult {
  const transition = TRANSITIONS[action];
  if (transition.from.includes(current)) return { ok: true, state: transition.to };
  return { ok: false, reason: `This update ${EXPLANATIONS[current]}, so it cannot be ${pastTense(action)}.` };
}

function pastTense(action: UpdateAction): string {
  return action === 'return' ? 'returned' : action === 'submit' ? 'submitted' : `${action.replace(/e$/, '')}ed`;
}

export function isUpdateState(value: string): value is UpdateState {
  return (UPDATE_STATES as readonly string[]).includes(value);
}
