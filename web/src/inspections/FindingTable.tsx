import { Link } from 'react-router';
import type { Finding } from './inspectionTypes.js';
import { formatDate } from '../shared/format.js';
import { TableHead } from '../shared/govuk.js';
import { FindingStateTag } from './InspectionTags.js';
import { findingPagePath } from './inspectionPaths.js';
import { KIND_WORDS } from './inspectionText.js';

export interface Names {
  component: (inspectionKey: string, key: string) => string;
  owner: (code: string) => string;
}

function FindingText({ finding }: { finding: Finding }) {
  return (
    <>
      <p className="govuk-body-s govuk-!-margin-bottom-1">{finding.text}</p>
      {finding.parts.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet govuk-body-s">
          {finding.parts.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
      {finding.parentRef ? <span className="bl-cell-note">Under cause of concern {finding.parentRef}</span> : null}
      {finding.raisedIn ? <span className="bl-cell-note">First raised in {finding.raisedIn}</span> : null}
    </>
  );
}

function Due({ finding }: { finding: Finding }) {
  if (finding.dueOn === null) return <span className="bl-secondary">No date set</span>;
  return (
    <>
      <span className="bl-block">{formatDate(finding.dueOn)}</span>
      {finding.overdue ? <strong className="govuk-tag govuk-tag--red bl-tag--small">Overdue</strong> : null}
    </>
  );
}

function FindingRow({ finding, names }: { finding: Finding; names: Names }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header bl-findings__ref">
        <Link className="govuk-link" to={findingPagePath(finding.inspectionKey, finding.ref)}>
          {finding.ref}
        </Link>
      </th>
      <td className="govuk-table__cell">{KIND_WORDS[finding.kind]}</td>
      <td className="govuk-table__cell">{names.component(finding.inspectionKey, finding.component)}</td>
      <td className="govuk-table__cell bl-findings__text">
        <FindingText finding={finding} />
      </td>
      <td className="govuk-table__cell">{finding.owner === null ? 'Not assigned' : names.owner(finding.owner)}</td>
      <td className="govuk-table__cell">
        <Due finding={finding} />
      </td>
      <td className="govuk-table__cell">
        <FindingStateTag state={finding.state} />
      </td>
    </tr>
  );
}

export function FindingTable({ findings, names }: { findings: readonly Finding[]; names: Names }) {
  return (
    <table className="govuk-table bl-tracker bl-findings" id="findings">
      <caption className="govuk-visually-hidden">Findings matching the filters</caption>
      <TableHead columns={['Ref', 'Kind', 'Component', 'Finding', 'Owner', 'Due', 'State']} />
      <tbody className="govuk-table__body">
        {findings.map((finding) => (
          <FindingRow key={`${finding.inspectionKey} ${finding.ref}`} finding={finding} names={names} />
        ))}
      </tbody>
    </table>
  );
}
