import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decisionOutcome,
  FINDING_DECISIONS,
  isOutstanding,
  RESPONSE_STATES,
  responseProblem,
} from './findingResponse.js';
import { FINDING_KINDS, FINDING_STATES } from './inspectionDocument.js';

const state = fc.constantFrom(...FINDING_STATES);
const kind = fc.constantFrom(...FINDING_KINDS);

describe('the response to a finding', () => {
  it('never closes a finding without evidence, whatever its kind, state or note', () => {
    fc.assert(
      fc.property(kind, state, fc.string(), (k, s, note) => {
        expect(decisionOutcome(k, s, 'close', { evidenceHeld: 0, note })).toHaveProperty('problem');
      }),
    );
  });

  it('closes any open finding that needs an answer once evidence is held', () => {
    fc.assert(
      fc.property(kind, state, fc.integer({ min: 1, max: 5 }), (k, s, evidenceHeld) => {
        const outcome = decisionOutcome(k, s, 'close', { evidenceHeld, note: '' });
        const closable = k !== 'good-practice' && s !== 'closed';
        expect('to' in outcome ? outcome.to : null).toBe(closable ? 'closed' : null);
      }),
    );
  });

  it('lets the owner move a finding only while it is theirs to work on', () => {
    fc.assert(
      fc.property(state, fc.constantFrom(...RESPONSE_STATES), (from, to) => {
        const problem = responseProblem('area-for-improvement', from, to, 1);
        const theirs = ['open', 'action-planned', 'in-progress', 'reopened'].includes(from) && from !== to;
        expect(problem === null).toBe(theirs);
      }),
    );
  });

  it('asks for evidence with a submission and a reason with a return or a re-opening', () => {
    expect(responseProblem('recommendation', 'in-progress', 'evidence-submitted', 0)).toBe(
      'submitting needs at least one piece of evidence',
    );
    expect(decisionOutcome('recommendation', 'evidence-submitted', 'return', { evidenceHeld: 1, note: ' ' })).toEqual({
      problem: 'say what more is needed when returning it',
    });
    expect(
      decisionOutcome('recommendation', 'closed', 'reopen', { evidenceHeld: 1, note: 'Audit found gaps' }),
    ).toEqual({ to: 'reopened' });
  });

  it('treats good practice as never outstanding and never answerable', () => {
    for (const s of FINDING_STATES) expect(isOutstanding('good-practice', s)).toBe(false);
    for (const d of FINDING_DECISIONS)
      expect(decisionOutcome('good-practice', 'open', d, { evidenceHeld: 1, note: 'x' })).toHaveProperty('problem');
    expect(responseProblem('good-practice', 'open', 'in-progress', 0)).not.toBeNull();
  });
});
