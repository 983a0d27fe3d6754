import type { BoardInfo } from './boardTypes.js';
import { Table, type Column } from '../shared/govuk.js';

const COLUMNS: Column[] = ['Board', 'Whose board', 'Papers', 'Reports it receives', 'Reviews risks'];
const CHANGE_COLUMN: Column = { label: <span className="govuk-visually-hidden">Change</span>, className: '' };

/**
 * Every board: whose it is, whether its papers are public, the reports it receives and whether it
 * reviews risks; with a Change link on each for those who may change boards (`onChange`).
 */
export function BoardsTable({
  boards,
  onChange,
}: {
  boards: readonly BoardInfo[];
  onChange?: ((board: BoardInfo) => void) | undefined;
}) {
  return (
    <Table caption="Boards" columns={onChange === undefined ? COLUMNS : [...COLUMNS, CHANGE_COLUMN]} id="boards">
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
          {onChange === undefined ? null : (
            <td className="govuk-table__cell">
              <a
                className="govuk-link"
                href="#board-setup"
                onClick={(event) => {
                  event.preventDefault();
                  onChange(b);
                }}
              >
                Change<span className="govuk-visually-hidden"> {b.name}</span>
              </a>
            </td>
          )}
        </tr>
      ))}
    </Table>
  );
}
