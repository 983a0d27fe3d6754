import type { IsoDate } from '../calendar/index.js';
import { BluelampProblem } from '../errors.js';
import { isScaleValue, TREATMENTS, type RiskScores, type Treatment } from './riskScores.js';

export interface RiskAction {
  readonly text: string;
  readonly owner: string;
  readonly dueOn: IsoDate;
}

export interface MilestoneLink {
  readonly plan: string;
  readonly ref: string;
}

export interface FindingLink {
  readonly inspection: string;
  readonly ref: string;
}

/** What a person writes when they add or edit a risk. */
export interface RiskFields {
  readonly title: string;
  readonly owner: string;
  readonly cause: string;
  readonly consequence: string;
  readonly inherent: RiskScores;
  readonly residual: RiskScores;
  readonly treatment: Treatment;
  readonly controls: readonly string[];
  readonly actions: readonly RiskAction[];
  /** The keys of the boards that oversee it ("audit-panel"). */
  readonly boards: readonly string[];
  readonly milestones: readonly MilestoneLink[];
  readonly findings: readonly FindingLink[];
  /** Said on every page that shows the risk, such as "Scores are the demo author's reading". */
  readonly scoreNote: string | null;
}

export interface Risk extends RiskFields {
  readonly ref: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export const RISK_REF = /^[A-Z][A-Z0-9]{0,9}-[0-9]{1,4}$/;
export const BOARD_KEY = /^(?=.{2,60}$)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function problem(message: string, field: string): BluelampProblem {
  return new BluelampProblem('invalid-input', message, field);
}

/**
 * The rules the API's schema cannot see alone: a residual score above the inherent one means
 * the controls make the risk worse, which is a slip in the entry rather than a judgement.
 */
export function checkRiskFields(fields: RiskFields): void {
  for (const [name, scores] of [
    ['inherent', fields.inherent],
    ['residual', fields.residual],
  ] as const) {
    if (!isScaleValue(scores.likelihood) || !isScaleValue(scores.impact)) {
      throw problem(`The ${name} likelihood and impact must each be a whole number from 1 to 5.`, name);
    }
  }
  if (fields.residual.likelihood * fields.residual.impact > fields.inherent.likelihood * fields.inherent.impact) {
    throw problem('The residual score (after controls) cannot be higher than the inherent score.', 'residual');
  }
  if (!TREATMENTS.includes(fields.treatment)) {
    throw problem(`The treatment must be one of ${TREATMENTS.join(', ')}.`, 'treatment');
  }
  if (fields.boards.length === 0) throw problem('Name at least one board that oversees the risk.', 'boards');
  const badBoard = fields.boards.find((b) => !BOARD_KEY.test(b));
  if (badBoard !== undefined) throw problem(`"${badBoard}" is not a board key such as "audit-panel".`, 'boards');
  if (new Set(fields.boards).size !== fields.boards.length) throw problem('A board is named twice.', 'boards');
}

/** Only a risk's own fields, without its ref, version or who last changed it. */
export function riskFieldsOf(risk: RiskFields): RiskFields {
  return {
    title: risk.title,
    owner: risk.owner,
    cause: risk.cause,
    consequence: risk.consequence,
    inherent: risk.inherent,
    residual: risk.residual,
    treatment: risk.treatment,
    controls: risk.controls,
    actions: risk.actions,
    boards: risk.boards,
    milestones: risk.milestones,
    findings: risk.findings,
    scoreNote: risk.scoreNote,
  };
}

/** The fields that differ between two versions of a risk, for the history page. */
export function changedFields(before: RiskFields, after: RiskFields): string[] {
  const keys: (keyof RiskFields)[] = [
    'title',
    'owner',
    'cause',
    'consequence',
    'inherent',
    'residual',
    'treatment',
    'controls',
    'actions',
    'boards',
    'milestones',
    'findings',
    'scoreNote',
  ];
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
