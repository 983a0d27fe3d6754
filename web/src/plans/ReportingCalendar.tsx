import { useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '../shared/apiTypes.js';
import { getJson } from '../shared/client.js';
import { formatDate } from '../shared/format.js';
import { Table } from '../shared/govuk.js';

type ReportingCalendar = ResponseOf<'getReportingCalendar'>;

function useReportingCalendar(planId: string | number) {
  return useQuery({
    queryKey: ['reporting-calendar', String(planId)],
    queryFn: () => getJson<ReportingCalendar>(`/api/plans/${planId}/reporting-calendar`),
  });
}

function days(count: number): string {
  return count === 1 ? '1 working day' : `${count} working days`;
}

/** The plan's reporting calendar: for each quarter, when updates, reviews and publication fall due. */
export function ReportingCalendarSection({ planId }: { planId: number }) {
  const calendar = useReportingCalendar(planId);
  const data = calendar.data;
  if (data === undefined || data.quarters.length === 0) return null;
  const { rule } = data;
  return (
    <section className="bl-reporting-calendar" id="reporting-calendar" aria-labelledby="reporting-calendar-heading">
      <h2 className="govuk-heading-m" id="reporting-calendar-heading">
        Reporting calendar
      </h2>
      <p className="govuk-body">
        Owners&apos; updates are due {days(rule.updatesDueAfter)} after each quarter ends, reviews{' '}
        {days(rule.reviewDueAfter)} after and publication {days(rule.publishAfter)} after. Weekends and bank holidays in
        England and Wales are not working days.{' '}
        {data.isDefault
          ? 'This plan follows the standard calendar.'
          : 'The performance team set this calendar for the plan.'}
      </p>
      <Table
        caption="When each quarter is reported"
        captionSize="s"
        columns={['Quarter', 'Updates due', 'Reviews due', 'Publication']}
      >
        {data.quarters.map((quarter) => {
          const current = data.reporting?.quarter === quarter.quarter;
          return (
            <tr className="govuk-table__row" key={quarter.quarter}>
              <th scope="row" className="govuk-table__header">
                {quarter.label}
                {current ? (
                  <>
                    {' '}
                    <strong className="govuk-tag govuk-tag--blue">Reporting now</strong>
                  </>
                ) : null}
              </th>
              <td className="govuk-table__cell bl-nowrap">{formatDate(quarter.updatesDue)}</td>
              <td className="govuk-table__cell bl-nowrap">{formatDate(quarter.reviewDue)}</td>
              <td className="govuk-table__cell bl-nowrap">{formatDate(quarter.publishBy)}</td>
            </tr>
          );
        })}
      </Table>
    </section>
  );
}

/** One line for the tracker: when the quarter being reported is due. */
export function UpdatesDueLine({ planId }: { planId: string }) {
  const calendar = useReportingCalendar(planId);
  const reporting = calendar.data?.reporting;
  if (reporting === undefined || reporting === null) return null;
  return (
    <p className="govuk-inset-text" id="updates-due-line">
      Updates for {reporting.label} are due by {formatDate(reporting.updatesDue)}.
    </p>
  );
}
