import type { FindingKind, FindingState, Grade } from './inspectionTypes.js';

/** The report's own names for what it found, in the words people use on the page. */
export const KIND_WORDS: Readonly<Record<FindingKind, string>> = {
  'cause-of-concern': 'Cause of concern',
  recommendation: 'Recommendation',
  'area-for-improvement': 'Area for improvement',
  'good-practice': 'Good practice',
  'earlier-item': 'Earlier inspection item',
};

export const STATE_WORDS: Readonly<Record<FindingState, string>> = {
  open: 'Open',
  'action-planned': 'Action planned',
  'in-progress': 'In progress',
  'evidence-submitted': 'Evidence submitted',
  closed: 'Closed',
  reopened: 'Reopened',
};

/** Each grade its own colour, but the words always show, so colour never carries the meaning alone. */
export const GRADE_TAG: Readonly<Record<Grade, string>> = {
  outstanding: 'govuk-tag--turquoise',
  good: 'govuk-tag--green',
  'requires-improvement': 'govuk-tag--yellow',
  inadequate: 'govuk-tag--red',
  ungraded: 'govuk-tag--grey',
  'not-inspected': 'govuk-tag--light-blue',
};

export const STATE_TAG: Readonly<Record<FindingState, string>> = {
  open: 'govuk-tag--orange',
  'action-planned': 'govuk-tag--blue',
  'in-progress': 'govuk-tag--light-blue',
  'evidence-submitted': 'govuk-tag--purple',
  closed: 'govuk-tag--green',
  reopened: 'govuk-tag--red',
};
