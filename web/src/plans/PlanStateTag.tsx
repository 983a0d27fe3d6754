import type { PlanState } from './planTypes.js';

const TAGS: Record<PlanState, { className: string; label: string }> = {
  published: { className: 'govuk-tag--green', label: 'Published' },
  draft: { className: 'govuk-tag--grey', label: 'Draft' },
  superseded: { className: 'govuk-tag--grey', label: 'Superseded' },
};

/** Where a plan version is in its life: draft, published, or replaced by a later version. */
export function PlanStateTag({ state }: { state: PlanState }) {
  const tag = TAGS[state];
  return <strong className={`govuk-tag ${tag.className}`}>{tag.label}</strong>;
}
