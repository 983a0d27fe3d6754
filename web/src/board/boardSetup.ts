import type { BoardInfo } from './boardTypes.js';

/** A board's particulars as a form holds them: text, and radios not yet chosen as "". */
export interface BoardSetupFields {
  readonly key: string;
  readonly name: string;
  readonly owner: BoardInfo['owner'] | '';
  readonly visibility: BoardInfo['visibility'] | '';
  readonly reports: readonly BoardReport[];
  readonly reviewsRisks: 'yes' | 'no' | '';
}

export type BoardReport = BoardInfo['reports'][number];

export const BLANK_BOARD: BoardSetupFields = {
  key: '',
  name: '',
  owner: '',
  visibility: '',
  reports: [],
  reviewsRisks: '',
};

// Typed as records over the API's codes so that a code the API adds fails the type check here.
const OWNER_LABELS: Record<BoardInfo['owner'], string> = {
  force: 'The force',
  'oversight-body': 'The oversight body',
  'london-assembly': 'London Assembly',
  partnership: 'Partnership',
};

const REPORT_LABELS: Record<BoardReport, { label: string; hint: string }> = {
  'quarterly-progress-report': {
    label: 'Quarterly progress report',
    hint: 'The plan’s progress, quarter by quarter.',
  },
  'board-pack': { label: 'Board pack', hint: 'Exceptions, the actions log and the full tracker, for each meeting.' },
  'risk-register': { label: 'Risk register', hint: 'The risks it oversees, with their scores and reviews.' },
};

export const OWNER_CHOICES = Object.entries(OWNER_LABELS).map(([value, label]) => ({ value, label }));

export const VISIBILITY_CHOICES: readonly { value: BoardInfo['visibility']; label: string; hint: string }[] = [
  { value: 'public', label: 'Public', hint: 'Its agenda, minutes and decisions are on the public site.' },
  { value: 'internal', label: 'Internal', hint: 'Its papers are for signed-in people only.' },
];

export const REPORT_CHOICES = (Object.keys(REPORT_LABELS) as BoardReport[]).map((value) => ({
  value,
  ...REPORT_LABELS[value],
}));

export const REVIEWS_RISKS_CHOICES = [
  { value: 'yes', label: 'Yes', hint: 'Its meetings review the risks it oversees.' },
  { value: 'no', label: 'No' },
];

/** The form's fields for a board as the API holds it. */
export function setupFieldsOf(board: BoardInfo): BoardSetupFields {
  return {
    key: board.key,
    name: board.name,
    owner: board.owner,
    visibility: board.visibility,
    reports: board.reports,
    reviewsRisks: board.reviewsRisks ? 'yes' : 'no',
  };
}

/** What the API takes to change a board (`boardFields`); adding one sends its key as well. */
export function boardFieldsBody(fields: BoardSetupFields) {
  return {
    name: fields.name,
    owner: fields.owner,
    visibility: fields.visibility,
    reports: REPORT_CHOICES.map((c) => c.value).filter((report) => fields.reports.includes(report)),
    reviewsRisks: fields.reviewsRisks === 'yes',
  };
}

/** A form's ids are its API field names after this prefix, so a refusal lands on its field. */
export const SETUP_FORM = 'board-setup';
export const setupId = (field: keyof BoardSetupFields) => `${SETUP_FORM}-${field}`;

/** The first question left unanswered: [field id, value, message], in the form's order. */
export function setupChecks(fields: BoardSetupFields, adding: boolean): [string, string, string][] {
  return [
    ...(adding ? [[setupId('key'), fields.key, 'Enter a key for the board'] as [string, string, string]] : []),
    [setupId('name'), fields.name, 'Enter the board’s name'],
    [setupId('owner'), fields.owner, 'Choose whose board it is'],
    [setupId('visibility'), fields.visibility, 'Choose whether its papers are public or internal'],
    [setupId('reviewsRisks'), fields.reviewsRisks, 'Choose whether it reviews risks'],
  ];
}
