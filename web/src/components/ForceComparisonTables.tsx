import type { ForceComparison, ForceCrimeRow } from '../api/crimeDataTypes.js';
import { TableHead } from './govuk.js';
import { formatCount, formatMonth, formatRatio } from './measureText.js';

const rate = (value: number | null): string => (value === null ? '–' : formatRatio(value));

function ForceRow({ row }: { row: ForceCrimeRow }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {row.name}
      </th>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(row.crimes)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        {row.population === null ? '–' : formatCount(row.population)}
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{rate(row.ratePer1000)}</td>
      <td className="govuk-table__cell">
        {row.monthsMissing.length === 0 ? 'None' : row.monthsMissing.map(formatMonth).join(', ')}
      </td>
    </tr>
  );
}

/** The force, its peers and the group: crimes, residents and rates, with the months a file is missing for. */
export function GroupTable({ comparison }: { comparison: ForceComparison }) {
  const rows = [comparison.force, ...comparison.peers];
  const people = rows.every((r) => r.population !== null) ? rows.reduce((s, r) => s + (r.population ?? 0), 0) : null;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">The force and its most similar group</caption>
      <TableHead columns={['Force', 'Crimes', 'Residents', 'Per 1,000 residents', 'Months with no file']} />
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <ForceRow row={row} key={row.code} />
        ))}
        {comparison.peers.length === 0 ? null : (
          <tr className="govuk-table__row bl-total-row">
            <th scope="row" className="govuk-table__header">
              Most similar group (all its crimes over all its residents)
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatCount(rows.reduce((s, r) => s + r.crimes, 0))}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {people === null ? '–' : formatCount(people)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{rate(comparison.groupRatePer1000)}</td>
            <td className="govuk-table__cell" />
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function PlacesTable({ comparison }: { comparison: ForceComparison }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Where {comparison.force.name} recorded them
      </caption>
      <TableHead columns={['Local authority', 'Crimes', 'In the force’s area']} />
      <tbody className="govuk-table__body">
        {comparison.localAuthorities.map((place) => (
          <tr className="govuk-table__row" key={place.name}>
            <th scope="row" className="govuk-table__header">
              {place.name}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(place.crimes)}</td>
            <td className="govuk-table__cell">{place.inArea === null ? '–' : place.inArea ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CrimeMonthsTable({ comparison }: { comparison: ForceComparison }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Month by month</caption>
      <TableHead columns={['Month', 'Crimes']} />
      <tbody className="govuk-table__body">
        {comparison.months.map((m) => (
          <tr className="govuk-table__row" key={m.month}>
            <th scope="row" className="govuk-table__header">
              {formatMonth(m.month)}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(m.crimes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
