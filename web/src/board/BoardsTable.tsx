import type { BoardInfo } from './boardTypes.js';
import { Table } from '../shared/govuk.js';

/** Every board: whose it is, whether its papers are public, the reports it receives and whether it reviews risks. */
export function BoardsTable({ boards }: { boards: readonly BoardInfo[] }) {
  return (
    <Table
      caption="Boards"
      columns={['Board', 'Whose board', 'Papers', 'Reports it receives', 'Reviews risks']}
      id="boards"
    >
      {boards.map((b) => (
        <tr className="govuk-table__row" key={b.key}>
          <td className="govuk-table__cell">
            <a className="govuk-link" href={`#meetings-${b.key}`}>
              {b.name}
            </a>
          </td>
          <td className="govuk-table__cell">{b.ownerLabel}</td>
          <td className="govuk-table__cell">
            {b.visibility === 'public' ? (
              <strong className="govuk-tag govuk-tag--green">Public</strong>
            ) : (
              <strong className="govuk-tag govuk-tag--grey">Internal</strong>
            )}
          </td>
          <td className="govuk-table__cell">{b.reportLabels.length === 0 ? 'None' : b.reportLabels.join(', ')}</td>
          <td className="govuk-table__cell">{b.reviewsRisks ? 'Yes' : 'No'}</td>
        </tr>
      ))}
    </Table>
  );
}
