import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heatMapOf, heatMapSentence } from './heatMap.js';
import { checkRiskFields, type RiskFields } from './risk.js';
import { RATINGS, ratingOfScore, riskScore, scoreText, type ScaleValue } from './riskScores.js';

const scale = fc.constantFrom<ScaleValue>(1, 2, 3, 4, 5);
const scores = fc.record({ likelihood: scale, impact: scale });

describe('risk scores', () => {
  it('never rates a higher score in a lower band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 25 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(RATINGS.indexOf(ratingOfScore(low))).toBeLessThanOrEqual(RATINGS.indexOf(ratingOfScore(high)));
      }),
    );
  });

  it('never lowers the band when likelihood or impact goes up', () => {
    fc.assert(
      fc.property(scores, scale, (s, other) => {
        const up = { ...s, likelihood: Math.max(s.likelihood, other) as ScaleValue };
        expect(RATINGS.indexOf(ratingOfScore(riskScore(up)))).toBeGreaterThanOrEqual(
          RATINGS.indexOf(ratingOfScore(riskScore(s))),
        );
      }),
    );
  });

  it('bands the corners as the register reads them', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(ratingOfScore)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'very-high',
      'very-high',
    ]);
    expect(scoreText({ likelihood: 4, impact: 5 })).toBe('20 (very high): likely likelihood × severe impact');
  });
});

describe('the heat map', () => {
  it('places every risk in exactly one square, so the counts add up to the number of risks', () => {
    fc.assert(
      fc.property(fc.array(scores, { maxLength: 40 }), (list) => {
        const map = heatMapOf(list.map((s, i) => ({ ref: `R-${i + 1}`, scores: s })));
        const cells = map.rows.flat();
        expect(cells).toHaveLength(25);
        expect(cells.reduce((sum, c) => sum + c.count, 0)).toBe(list.length);
        expect(cells.flatMap((c) => c.refs).sort()).toEqual(list.map((_, i) => `R-${i + 1}`).sort());
        for (const cell of cells) expect(cell.refs).toHaveLength(cell.count);
      }),
    );
  });

  it('draws likelihood 5 on the top row and impact 1 on the left', () => {
    const map = heatMapOf([{ ref: 'SR-1', scores: { likelihood: 5, impact: 1 } }]);
    expect(map.rows[0]?.[0]).toMatchObject({ likelihood: 5, impact: 1, count: 1, refs: ['SR-1'] });
    expect(heatMapSentence(map)).toBe('1 risk by residual score: 1 medium.');
    expect(heatMapSentence(heatMapOf([]))).toBe('No risks are on the register, so the heat map is empty.');
  });
});

describe('checking a risk', () => {
  const fields: RiskFields = {
    title: 't',
    owner: 'o',
    cause: 'c',
    consequence: 'q',
    inherent: { likelihood: 3, impact: 3 },
    residual: { likelihood: 2, impact: 3 },
    treatment: 'treat',
    controls: [],
    actions: [],
    boards: ['audit-panel'],
    milestones: [],
    findings: [],
    scoreNote: null,
  };

  it('accepts a residual no higher than the inherent score and refuses one above it', () => {
    expect(() => {
      checkRiskFields(fields);
    }).not.toThrow();
    expect(() => {
      checkRiskFields({ ...fields, residual: { likelihood: 4, impact: 3 } });
    }).toThrow(/cannot be higher/);
  });

  it('refuses a risk no board oversees, a board named twice and a bad board key', () => {
    expect(() => {
      checkRiskFields({ ...fields, boards: [] });
    }).toThrow(/at least one board/);
    expect(() => {
      checkRiskFields({ ...fields, boards: ['audit-panel', 'audit-panel'] });
    }).toThrow(/twice/);
    expect(() => {
      checkRiskFields({ ...fields, boards: ['Audit Panel'] });
    }).toThrow(/not a board key/);
  });
});
