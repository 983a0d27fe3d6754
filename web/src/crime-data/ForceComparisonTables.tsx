import type { ForceComparison, ForceCrimeRow } from './crimeDataTypes.js';
import { HeadedRow, NumberCell, Table } from '../shared/govuk.js';
import { formatCount, formatMonth, formatRatio } from '../shared/format.js';

const rate = (value: number | null): string => (value === null ? '–' : formatRatio(value));

function ForceRow({ row }: { row: ForceCrimeRow }) {
  return (
    <HeadedRow head={row.name}>
      <NumberCell>{formatCount(row.crimes)}</NumberCell>
      <NumberCell>{row.population === null ? '–' : formatCount(row.population)}</NumberCell>
      <NumberCell>{rate(row.ratePer1000)}</NumberCell>
      <td className="govuk-table__cell">
        {row.monthsMissing.length === 0 ? 'None' : row.monthsMissing.map(formatMonth).join(', ')}
      </td>
    </HeadedRow>
  );
}

/** The force, its peers and the group: crimes, residents and rates, with the months a file is missing for. */
export function GroupTable({ comparison }: { comparison: ForceComparison }) {
  const rows = [comparison.force, ...comparison.peers];
  const people = rows.every((r) => r.population !== null) ? rows.reduce((s, r) => s + (r.population ?? 0), 0) : null;
  return (
    <Table
      caption="The force and its most similar group"
      columns={['Force', 'Crimes', 'Residents', 'Per 1,000 residents', 'Months with no file']}
    >
      {rows.map((row) => (
        <ForceRow row={row} key={row.code} />
      ))}
      {comparison.peers.length === 0 ? null : (
        <HeadedRow className="bl-total-row" head="Most similar group (all its crimes over all its residents)">
          <NumberCell>{formatCount(rows.reduce((s, r) => s + r.crimes, 0))}</NumberCell>
          <NumberCell>{people === null ? '–' : formatCount(people)}</NumberCell>
          <NumberCell>{rate(comparison.groupRatePer1000)}</NumberCell>
          <td className="govuk-table__cell" />
        </HeadedRow>
      )}
    </Table>
  );
}

export function PlacesTable({ comparison }: { comparison: ForceComparison }) {
  return (
    <Table
      caption={<>Where {comparison.force.name} recorded them</>}
      columns={['Local authority', 'Crimes', 'In the force’s area']}
    >
      {comparison.localAuthorities.map((place) => (
        <HeadedRow key={place.name} head={place.name}>
          <NumberCell>{formatCount(place.crimes)}</NumberCell>
          <td className="govuk-table__cell">{place.inArea === null ? '–' : place.inArea ? 'Yes' : 'No'}</td>
        </HeadedRow>
      ))}
    </Table>
  );
}

export function CrimeMonthsTable({ comparison }: { comparison: ForceComparison }) {
  return (
    <Table caption="Month by month" columns={['Month', 'Crimes']}>
      {comparison.months.map((m) => (
        <HeadedRow key={m.month} head={formatMonth(m.month)}>
          <NumberCell>{formatCount(m.crimes)}</NumberCell>
        </HeadedRow>
      ))}
    </Table>
  );
}
