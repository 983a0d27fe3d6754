import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { getJson } from '../shared/client.js';
import { formatDate } from '../shared/format.js';
import { TableHead } from '../shared/govuk.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import type { ResponseOf } from '../shared/apiTypes.js';
import { FindingStateTag } from './InspectionTags.js';
import { findingPagePath } from './inspectionPaths.js';
import { KIND_WORDS } from './inspectionText.js';

type MyFindings = ResponseOf<'listMyFindings'>;

function MyFindingsTable({ list }: { list: MyFindings }) {
  return (
    <table className="govuk-table bl-findings" id="my-findings">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {list.findings.length === 1 ? '1 finding to answer' : `${list.findings.length} findings to answer`}
      </caption>
      <TableHead columns={['Ref', 'Kind', 'Finding', 'Owner', 'Deadline', 'State']} />
      <tbody className="govuk-table__body">
        {list.findings.map((finding) => (
          <tr className="govuk-table__row" key={`${finding.inspectionKey} ${finding.ref}`}>
            <th scope="row" className="govuk-table__header bl-nowrap">
              <Link className="govuk-link" to={findingPagePath(finding.inspectionKey, finding.ref)}>
                {finding.ref}
              </Link>
            </th>
            <td className="govuk-table__cell">{KIND_WORDS[finding.kind]}</td>
            <td className="govuk-table__cell govuk-body-s">{finding.text}</td>
            <td className="govuk-table__cell">{finding.owner}</td>
            <td className="govuk-table__cell">
              {finding.dueOn === null ? 'No date set' : formatDate(finding.dueOn)}
              {finding.overdue ? <strong className="govuk-tag govuk-tag--red bl-tag--small">Overdue</strong> : null}
            </td>
            <td className="govuk-table__cell">
              <FindingStateTag state={finding.state} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The findings an owner answers for, soonest deadline first, each a link to record progress on it. */
export function MyFindingsPage() {
  usePageTitle('My findings');
  const query = useQuery({
    queryKey: ['findings', 'mine'],
    queryFn: () => getJson<MyFindings>('/api/findings/mine'),
    retry: false,
  });
  return (
    <>
      <Breadcrumbs trail={[{ to: '/findings', label: 'Findings tracker' }]} />
      <h1 className="govuk-heading-l">My findings</h1>
      <p className="govuk-body">
        Inspection findings owned by the units you update for that are not yet closed, soonest deadline first. Open one
        to record progress or submit evidence.
      </p>
      <QueryState {...query} what="your findings">
        {(list) => (
          <>
            <p className="govuk-body-s">Deadlines and overdue are judged on {formatDate(list.on)}.</p>
            {list.findings.length === 0 ? (
              <p className="govuk-body">No findings are waiting for an answer from your units.</p>
            ) : (
              <MyFindingsTable list={list} />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
