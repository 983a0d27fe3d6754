import { Link, useParams } from 'react-router';
import { useInspection } from './inspectionQueries.js';
import { FINDING_KINDS, type InspectionDetail } from './inspectionTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { NumberCell, SummaryRow, Table } from '../shared/govuk.js';
import { comparisonPath, readinessPath } from './inspectionPaths.js';
import { KIND_WORDS } from './inspectionText.js';
import { JudgmentTable } from './JudgmentTable.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { formatDate } from '../shared/format.js';
import { ForceInContext } from '../measures/index.js';

/** Everything not yet closed counts as still open, whatever stage its action has reached. */
function stillOpen(byState: Record<string, number> | undefined): number {
  if (!byState) return 0;
  return Object.entries(byState).reduce((sum, [state, count]) => (state === 'closed' ? sum : sum + count), 0);
}

function FindingCounts({ inspection }: { inspection: InspectionDetail }) {
  return (
    <Table caption="Findings" columns={['Kind', 'In the report', 'Not yet closed']} id="finding-counts">
      {FINDING_KINDS.map((kind) => (
        <tr className="govuk-table__row" key={kind}>
          <th scope="row" className="govuk-table__header">
            <Link className="govuk-link" to={`/findings?inspection=${inspection.key}&kind=${kind}`}>
              {KIND_WORDS[kind]}
            </Link>
          </th>
          <NumberCell>{inspection.findings[kind]}</NumberCell>
          <NumberCell>
            {/* Good practice is there to be shared, never answered or closed. */}
            {kind === 'good-practice' ? (
              <span className="bl-secondary">Needs no answer</span>
            ) : (
              stillOpen(inspection.byState[kind])
            )}
          </NumberCell>
        </tr>
      ))}
    </Table>
  );
}

function Summary({ inspection }: { inspection: InspectionDetail }) {
  return (
    <>
      <dl className="govuk-summary-list">
        <SummaryRow label="Programme">
          {inspection.programmeName} ({inspection.programmeYear})
        </SummaryRow>
        <SummaryRow label="Published">{formatDate(inspection.publishedOn)}</SummaryRow>
        <SummaryRow label="Source">{inspection.source}</SummaryRow>
      </dl>
      <JudgmentTable inspection={inspection} />
      <FindingCounts inspection={inspection} />
      <p className="govuk-body">
        <Link className="govuk-link govuk-!-font-weight-bold" to={`/findings?inspection=${inspection.key}`}>
          See the findings
        </Link>{' '}
        with who owns each, when it is due and how far it has got.
      </p>
      <h2 className="govuk-heading-m">The force&apos;s response</h2>
      <ul className="govuk-list" id="inspection-response-links">
        <li>
          <Link className="govuk-link" to={readinessPath(inspection.key)}>
            Readiness for re-inspection
          </Link>
          : each component&apos;s open findings, past-due dates and late actions.
        </li>
        <li>
          <Link className="govuk-link" to={comparisonPath(inspection.key)}>
            Compared with most similar forces
          </Link>
          : the grades beside those of the forces most like this one.
        </li>
      </ul>
      <ForceInContext source={inspection.source} />
    </>
  );
}

export function InspectionPage() {
  const { inspectionKey = '' } = useParams();
  const query = useInspection(inspectionKey);
  usePageTitle(query.data?.title ?? 'Inspection');
  return (
    <>
      <Breadcrumbs trail={[{ to: '/inspections', label: 'Inspections' }]} />
      <span className="govuk-caption-l">Inspection summary</span>
      <h1 className="govuk-heading-l">{query.data?.title ?? 'Inspection'}</h1>
      <QueryState {...query} what="the inspection">
        {(inspection) => <Summary inspection={inspection} />}
      </QueryState>
    </>
  );
}
