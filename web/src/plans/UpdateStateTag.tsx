import type { UpdateState } from './planTypes.js';

const LABELS: Record<UpdateState | 'none', { label: string; colour: string }> = {
  none: { label: 'Not started', colour: 'govuk-tag--grey' },
  draft: { label: 'Draft', colour: 'govuk-tag--yellow' },
  submitted: { label: 'Waiting for review', colour: 'govuk-tag--blue' },
  returned: { label: 'Returned to you', colour: 'govuk-tag--red' },
  approved: { label: 'Approved', colour: 'govuk-tag--green' },
  published: { label: 'Published', colour: 'govuk-tag--green' },
};

/** Where a quarterly update is in its workflow, in words. */
export function UpdateStateTag({ state }: { state: UpdateState | null }) {
  const { label, colour } = LABELS[state ?? 'none'];
  return <strong className={`govuk-tag ${colour}`}>{label}</strong>;
}
