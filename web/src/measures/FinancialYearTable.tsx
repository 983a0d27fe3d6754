import type { MeasureSeries } from './measureTypes.js';
import { NumberCell, Table } from '../shared/govuk.js';
import { formatCount } from '../shared/format.js';

/** Each financial year's total with a plain bar; the selected year is marked in words too. */
export function FinancialYearTable({ series, year }: { series: MeasureSeries; year: string | undefined }) {
  const largest = Math.max(1, ...series.years.map((y) => y.value));
  return (
    <Table
      caption={
        <>
          {series.measure.name} in {series.area.name} by financial year
        </>
      }
      columns={['Financial year', `Total ${series.measure.unitWords}`, 'Compared with the largest year']}
      className="bl-years-table"
    >
      {series.years.map((y) => {
        const selected = y.label === year;
        return (
          <tr className={`govuk-table__row${selected ? ' bl-years-table__selected' : ''}`} key={y.period}>
            <th scope="row" className="govuk-table__header">
              {y.label}
              {selected ? <span className="govuk-visually-hidden"> (the year selected)</span> : null}
            </th>
            <NumberCell>{formatCount(y.value)}</NumberCell>
            <td className="govuk-table__cell bl-years-table__bar-cell">
              <svg className="bl-year-bar" aria-hidden="true" focusable="false">
                <rect
                  className={`bl-year-bar__bar${selected ? ' bl-year-bar__bar--selected' : ''}`}
                  x="0"
                  y="0"
                  width={`${(y.value / largest) * 100}%`}
                  height="100%"
                />
              </svg>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
