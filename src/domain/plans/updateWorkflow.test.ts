import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  UPDATE_ACTIONS,
  UPDATE_STATES,
  isUpdateState,
  nextUpdateState,
  type UpdateAction,
  type UpdateState,
} from './updateWorkflow.js';

/** The whole workflow: every transition allowed, and nothing else. */
const ALLOWED: Record<UpdateAction, Partial<Record<UpdateState, UpdateState>>> = {
  save: { draft: 'draft', returned: 'draft' },
  submit: { draft: 'submitted', returned: 'submitted' },
  approve: { submitted: 'approved' },
  return: { submitted: 'returned', approved: 'returned' },
  publish: { approved: 'published' },
};

const PAST_TENSE: Record<UpdateAction, string> = {
  save: 'saved',
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  publish: 'published',
};

const allPairs = UPDATE_STATES.flatMap((from) => UPDATE_ACTIONS.map((action) => ({ from, action })));
const allowed = allPairs.flatMap(({ from, action }) => {
  const to = ALLOWED[action][from];
  return to === undefined ? [] : [{ from, action, to }];
});
const forbidden = allPairs.filter(({ from, action }) => ALLOWED[action][from] === undefined);

describe('the quarterly update workflow', () => {
  it('covers all 25 pairs of state and action, 8 allowed and 17 refused', () => {
    expect(allowed).toHaveLength(8);
    expect(forbidden).toHaveLength(17);
  });

  it.each(allowed)(
    'an update that is $from can be given the action "$action" and becomes $to',
    ({ from, action, to }) => {
      expect(nextUpdateState(from, action)).toEqual({ ok: true, state: to });
    },
  );

  it.each(forbidden)(
    'an update that is $from cannot be given the action "$action", and the reason says why',
    ({ from, action }) => {
      const result = nextUpdateState(from, action);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(
        new RegExp(`^This update .+, so it cannot be ${PAST_TENSE[action]}\\.$`),
      );
    },
  );

  it('says a published update can no longer change, whatever is tried', () => {
    for (const action of UPDATE_ACTIONS) {
      const result = nextUpdateState('published', action);
      expect(result).toEqual({
        ok: false,
        reason: `This update has been published and can no longer change, so it cannot be ${PAST_TENSE[action]}.`,
      });
    }
  });

  it('explains a refusal in words a reader can follow', () => {
    expect(nextUpdateState('draft', 'approve')).toEqual({
      ok: false,
      reason: 'This update is a draft, so it cannot be approved.',
    });
    expect(nextUpdateState('submitted', 'save')).toEqual({
      ok: false,
      reason: 'This update has been submitted for review, so it cannot be saved.',
    });
    expect(nextUpdateState('returned', 'publish')).toEqual({
      ok: false,
      reason: 'This update has been returned to its owner, so it cannot be published.',
    });
    expect(nextUpdateState('approved', 'submit')).toEqual({
      ok: false,
      reason: 'This update has been approved, so it cannot be submitted.',
    });
  });

  it('reaches publication only through approval, and never leaves it, whatever actions are tried', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UPDATE_ACTIONS), { maxLength: 30 }), (actions) => {
        let state: UpdateState = 'draft';
        for (const action of actions) {
          const result = nextUpdateState(state, action);
          if (state === 'published') expect(result.ok).toBe(false);
          if (!result.ok) continue;
          if (result.state === 'published') expect(state).toBe('approved');
          state = result.state;
        }
      }),
    );
  });
});

describe('recognising an update state', () => {
  it('accepts every state of the workflow', () => {
    for (const state of UPDATE_STATES) expect(isUpdateState(state)).toBe(true);
  });

  it('rejects anything else, including a state written with a capital or an action name', () => {
    for (const value of ['', 'Published', 'deleted', 'save', 'submit', ' draft']) {
      expect(isUpdateState(value)).toBe(false);
    }
  });
});
