import { Link } from 'react-router';
import { useInspections } from '../api/inspectionQueries.js';
import type { InspectionSummary } from '../api/inspectionTypes.js';
import { TableHead } from '../components/govuk.js';
import { InspectionImportForm } from '../components/InspectionImportForm.js';
import { QueryState } from '../components/QueryState.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { formatDate } from './format.js';

function InspectionRow({ inspection }: { inspection: InspectionSummary }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header bl-inspections__report">
        <Link className="govuk-link" to={`/inspections/${inspection.key}`}>
          {inspection.title}
        </Link>
      </th>
      <td className="govuk-table__cell">
        {inspection.programmeName} <span className="bl-cell-note">{inspection.programmeYear}</span>
      </td>
      <td className="govuk-table__cell bl-nowrap">{formatDate(inspection.publishedOn)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{inspection.findings['cause-of-concern']}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{inspection.findings.recommendation}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{inspection.findings['area-for-improvement']}</td>
    </tr>
  );
}

export function InspectionsPage() {
  usePageTitle('Inspections');
  const query = useInspections();
  return (
    <>
      <h1 className="govuk-heading-l">Inspections</h1>
      <p className="govuk-body">
        Reports by His Majesty&apos;s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) on the
        force, with the grades they gave and what they asked the force to put right. The{' '}
        <Link className="govuk-link" to="/findings">
          findings tracker
        </Link>{' '}
        follows each finding until it is closed.
      </p>
      <QueryState {...query} what="the inspections">
        {({ inspections }) =>
          inspections.length === 0 ? (
            <p className="govuk-body">No inspection reports have been loaded yet.</p>
          ) : (
            <table className="govuk-table bl-inspections" id="inspections">
              <caption className="govuk-table__caption govuk-table__caption--m">
                {inspections.length === 1 ? '1 report' : `${inspections.length} reports`}
              </caption>
              <TableHead
                columns={[
                  'Report',
                  'Programme',
                  'Published',
                  'Causes of concern',
                  'Recommendations',
                  'Areas for improvement',
                ]}
              />
              <tbody className="govuk-table__body">
                {inspections.map((inspection) => (
                  <InspectionRow key={inspection.key} inspection={inspection} />
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <InspectionImportForm />
    </>
  );
}
