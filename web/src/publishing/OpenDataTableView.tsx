import { Link } from 'react-router';
import { cellWords, type OpenDataColumn, type OpenDataTable, type OpenDataValue } from './openDataTypes.js';

function classOf(column: OpenDataColumn): string {
  return `${column.numeric === true ? ' govuk-table__cell--numeric' : ''}${column.long === true ? ' bl-public-table__long' : ''}`;
}

function Cell({ column, value, link }: { column: OpenDataColumn; value: OpenDataValue; link: string | undefined }) {
  const text = cellWords(value);
  // A link into the API is a file (a published report as frozen), not a page of the app.
  const content =
    link === undefined || text === '' ? (
      text
    ) : link.startsWith('/api/') ? (
      <a className="govuk-link" href={link}>
        {text}
      </a>
    ) : (
      <Link className="govuk-link" to={link}>
        {text}
      </Link>
    );
  return <td className={`govuk-table__cell${classOf(column)}`}>{content}</td>;
}

/**
 * One table of a public page, cell for cell what its CSV download holds: GOV.UK table with its
 * caption, numbers right-aligned, links where the data names another public page.
 */
export function OpenDataTableView({ table }: { table: OpenDataTable }) {
  return (
    // A wide table scrolls on its own; the region is focusable so that keyboard users can scroll it.
    <div
      className="bl-public-table"
      id={`table-${table.name}`}
      role="region"
      aria-labelledby={`caption-${table.name}`}
      tabIndex={0}
    >
      <table className={`govuk-table${table.columns.length >= 6 ? ' bl-public-table--dense' : ''}`}>
        <caption className="govuk-table__caption govuk-table__caption--m" id={`caption-${table.name}`}>
          {table.caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {table.columns.map((column) => (
              <th
                scope="col"
                key={column.key}
                className={`govuk-table__header${column.numeric === true ? ' govuk-table__header--numeric' : ''}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {table.rows.map((row, index) => (
            <tr className="govuk-table__row" key={index}>
              {table.columns.map((column) => (
                <Cell
                  key={column.key}
                  column={column}
                  value={row[column.key] ?? null}
                  link={table.rowLinks?.[index]?.[column.key]}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
