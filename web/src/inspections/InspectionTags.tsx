import type { FindingState, Judgment } from './inspectionTypes.js';
import { GRADE_TAG, STATE_TAG, STATE_WORDS } from './inspectionText.js';

export function GradeTag({ judgment }: { judgment: Pick<Judgment, 'grade' | 'gradeLabel'> }) {
  return <strong className={`govuk-tag ${GRADE_TAG[judgment.grade]}`}>{judgment.gradeLabel}</strong>;
}

export function FindingStateTag({ state }: { state: FindingState }) {
  return <strong className={`govuk-tag ${STATE_TAG[state]}`}>{STATE_WORDS[state]}</strong>;
}
