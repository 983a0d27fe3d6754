import { Breadcrumbs } from '../shared/Breadcrumbs.js';

/** The top of a page about one report: the way back to it, the report's title and the page's own heading. */
export function InspectionHeading({
  inspectionKey,
  title,
  heading,
}: {
  inspectionKey: string;
  title: string;
  heading: string;
}) {
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/inspections', label: 'Inspections' },
          { to: `/inspections/${inspectionKey}`, label: title },
        ]}
      />
      <span className="govuk-caption-l">{title}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
    </>
  );
}
