import type { StatusCategory, StatusView } from './planTypes.js';

/** GOV.UK tag colours by what a status means; the label always says it in words too. */
const TAG_CLASS: Record<StatusCategory, string> = {
  delivered: 'govuk-tag--green',
  'on-track': 'govuk-tag--blue',
  delayed: 'govuk-tag--orange',
  'not-started': 'govuk-tag--grey',
  withdrawn: 'govuk-tag--grey',
};

export function StatusTag({ status }: { status: StatusView | null }) {
  if (status === null) return <strong className="govuk-tag govuk-tag--grey">No update yet</strong>;
  return (
    <strong className={`govuk-tag ${TAG_CLASS[status.category]}`}>
      <span aria-hidden="true">{status.symbol} </span>
      {status.label}
    </strong>
  );
}
