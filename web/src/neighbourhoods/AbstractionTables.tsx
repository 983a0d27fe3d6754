import type { AbstractionReport, AbstractionSummary, AreaRef } from './neighbourhoodTypes.js';
import { formatDate } from '../shared/format.js';
import { formatNumber } from './NeighbourhoodTables.js';
import { HeadedRow, NumberCell } from '../shared/govuk.js';

const share = (part: number, whole: number): string => (whole === 0 ? '–' : `${formatNumber((100 * part) / whole)}%`);

/** A head row whose columns after the first hold numbers, aligned with them. */
function NumericHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column, index) => (
          <th
            scope="col"
            className={`govuk-table__header${index > 0 ? ' govuk-table__header--numeric' : ''}`}
            key={column}
          >
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function ReasonTable({
  report,
  summary,
  area,
}: {
  report: AbstractionReport;
  summary: AbstractionSummary;
  area: string;
}) {
  return (
    <table className="govuk-table" id="abstraction-reasons">
      <caption className="govuk-table__caption govuk-table__caption--s">
        Why officers in {area} were taken off their wards
      </caption>
      <NumericHead columns={['Reason', 'Hours', 'Share of hours']} />
      <tbody className="govuk-table__body">
        {report.reasons.map((reason) => {
          const hours = summary.byReason[reason.code];
          return (
            <HeadedRow key={reason.code} head={reason.label}>
              <NumberCell>{formatNumber(hours)}</NumberCell>
              <NumberCell>{share(hours, summary.hours)}</NumberCell>
            </HeadedRow>
          );
        })}
      </tbody>
    </table>
  );
}

function AreaTable({
  caption,
  heading,
  areas,
}: {
  caption: string;
  heading: string;
  areas: (AreaRef & AbstractionSummary)[];
}) {
  return (
    <table className="govuk-table" id="abstraction-areas">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <NumericHead columns={[heading, 'Records', 'Hours', 'DWO hours', 'PCSO hours']} />
      <tbody className="govuk-table__body">
        {areas.map((area) => (
          <HeadedRow key={area.code} head={area.name}>
            <NumberCell>{formatNumber(area.records)}</NumberCell>
            <NumberCell>{formatNumber(area.hours)}</NumberCell>
            <NumberCell>{formatNumber(area.byRole.dwo)}</NumberCell>
            <NumberCell>{formatNumber(area.byRole.pcso)}</NumberCell>
          </HeadedRow>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Hours ward officers spent away from their wards. Only hours are shown: the share of their
 * contracted time would need rosters Bluelamp does not hold, and a guessed denominator would mislead.
 */
export function AbstractionSection({ report }: { report: AbstractionReport }) {
  const borough = report.borough;
  const summary = borough === null ? report.london : (report.boroughs[0] ?? report.london);
  const area = borough?.name ?? 'London';
  return (
    <section aria-labelledby="abstractions-heading">
      <h2 className="govuk-heading-m" id="abstractions-heading">
        Officers taken off their wards
      </h2>
      {report.from === null || report.to === null ? (
        <p className="govuk-body">No abstractions have been loaded.</p>
      ) : (
        <>
          <p className="govuk-body">
            From {formatDate(report.from)} to {formatDate(report.to)}, ward officers in {area} were taken away from
            their wards for {formatNumber(summary.hours)} hours in {formatNumber(summary.records)} recorded
            abstractions.
          </p>
          <ReasonTable report={report} summary={summary} area={area} />
          {borough === null ? (
            <AreaTable caption="Hours by borough" heading="Borough" areas={report.boroughs} />
          ) : (
            <AreaTable
              caption={`Hours by ward in ${borough.name}`}
              heading="Ward"
              areas={report.wards.filter((w) => w.records > 0)}
            />
          )}
        </>
      )}
    </section>
  );
}
