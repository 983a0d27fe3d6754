import { Link } from 'react-router';
import { useInspections } from './inspectionQueries.js';
import type { InspectionSummary } from './inspectionTypes.js';
import { NumberCell, Table } from '../shared/govuk.js';
import { InspectionImportForm } from './InspectionImportForm.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { formatDate } from '../shared/format.js';

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
      <NumberCell>{inspection.findings['cause-of-concern']}</NumberCell>
      <NumberCell>{inspection.findings.recommendation}</NumberCell>
      <NumberCell>{inspection.findings['area-for-improvement']}</NumberCell>
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
            <Table
              caption={<>{inspections.length === 1 ? '1 report' : `${inspections.length} reports`}</>}
              columns={[
                'Report',
                'Programme',
                'Published',
                'Causes of concern',
                'Recommendations',
                'Areas for improvement',
              ]}
              id="inspections"
              className="bl-inspections"
            >
              {inspections.map((inspection) => (
                <InspectionRow key={inspection.key} inspection={inspection} />
              ))}
            </Table>
          )
        }
      </QueryState>
      <InspectionImportForm />
    </>
  );
}
