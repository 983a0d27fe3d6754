import type { EthnicGroupScrutiny, StopSearchScrutiny } from '../api/crimeDataTypes.js';
import { TableHead } from './govuk.js';
import { formatCount, formatMonth, formatTenths } from './measureText.js';
import { intervalText, percent, rateOrNot, shareWithInterval } from './stopSearchText.js';

function Disproportionality({ row, reference }: { row: EthnicGroupScrutiny; reference: string }) {
  if (row.group === reference) return <>1 (the comparison group)</>;
  const d = row.disproportionality;
  if (d === null || d.ratio === null) return <>–</>;
  return (
    <>
      <strong>{formatTenths(d.ratio)}×</strong> ({intervalText(d.interval, formatTenths)})
      {d.significant ? null : <span className="govuk-body-s"> not significant</span>}
    </>
  );
}

const MINORITY_GROUPS = 'Black, Asian and minority ethnic';

/** Searches, rates per head, disproportionality, find and arrest rates for each ethnic group. */
export function EthnicityTable({
  rows,
  scrutiny,
  caption,
  withRates,
}: {
  rows: EthnicGroupScrutiny[];
  scrutiny: StopSearchScrutiny;
  caption: string;
  /** Rates per head: officer-defined groups are the ones residents' groups are matched with. */
  withRates: boolean;
}) {
  const withPopulation = withRates && rows.some((r) => r.population !== null);
  // The combined group sums the others, so it comes last, as a total row.
  const ordered = [
    ...rows.filter((r) => r.group !== MINORITY_GROUPS),
    ...rows.filter((r) => r.group === MINORITY_GROUPS),
  ];
  const columns = [
    'Ethnic group',
    'Searches',
    'Share',
    ...(withPopulation ? ['Per 1,000 residents', `Rate against ${scrutiny.referenceGroup} (95% interval)`] : []),
    ...(scrutiny.linksRecorded ? ['Find rate (95% interval)'] : []),
    'Arrest rate',
  ];
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <TableHead columns={columns} />
      <tbody className="govuk-table__body">
        {ordered.map((row) => (
          <tr className={`govuk-table__row${row.group === MINORITY_GROUPS ? ' bl-total-row' : ''}`} key={row.group}>
            <th scope="row" className="govuk-table__header">
              {row.group === MINORITY_GROUPS ? `${row.group} (every group but White, together)` : row.group}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(row.searches)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{percent(row.share)}</td>
            {withPopulation ? (
              <>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {row.ratePer1000 === null ? '–' : formatTenths(row.ratePer1000)}
                </td>
                <td className="govuk-table__cell">
                  <Disproportionality row={row} reference={scrutiny.referenceGroup} />
                </td>
              </>
            ) : null}
            {scrutiny.linksRecorded ? <td className="govuk-table__cell">{shareWithInterval(row.findRate)}</td> : null}
            <td className="govuk-table__cell govuk-table__cell--numeric">{percent(row.arrestRate.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ObjectTable({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">By what the officer was looking for</caption>
      <TableHead
        columns={[
          'Object of search',
          'Searches',
          'Share',
          ...(scrutiny.linksRecorded ? ['Find rate (95% interval)'] : []),
          'Arrest rate (95% interval)',
        ]}
      />
      <tbody className="govuk-table__body">
        {scrutiny.objects.map((o) => (
          <tr className="govuk-table__row" key={o.objectOfSearch}>
            <th scope="row" className="govuk-table__header">
              {o.objectOfSearch}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(o.searches)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{percent(o.share)}</td>
            {scrutiny.linksRecorded ? <td className="govuk-table__cell">{shareWithInterval(o.findRate)}</td> : null}
            <td className="govuk-table__cell">{shareWithInterval(o.arrestRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ObjectByEthnicityTable({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  const groups = [...new Set(scrutiny.objects.flatMap((o) => o.byEthnicity.map((e) => e.group)))];
  // Without recorded links there is no find rate; arrests are the next best sign of a search's yield.
  const rateName = scrutiny.linksRecorded ? 'Find rate' : 'Arrest rate';
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {rateName} by object of search and officer-defined ethnicity
      </caption>
      <TableHead columns={['Object of search', ...groups]} />
      <tbody className="govuk-table__body">
        {scrutiny.objects.map((o) => (
          <tr className="govuk-table__row" key={o.objectOfSearch}>
            <th scope="row" className="govuk-table__header">
              {o.objectOfSearch}
            </th>
            {groups.map((group) => {
              const cell = o.byEthnicity.find((e) => e.group === group);
              return (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={group}>
                  {cell === undefined || cell.searches === 0 ? (
                    '–'
                  ) : (
                    <>
                      {rateOrNot(scrutiny.linksRecorded ? cell.findRate : cell.arrestRate)}
                      <span className="bl-cell-note">of {formatCount(cell.searches)}</span>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Drugs apart from weapons: what each object of search finds, overall and for each group. */
export function ObjectTables({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  return (
    <>
      <ObjectTable scrutiny={scrutiny} />
      <ObjectByEthnicityTable scrutiny={scrutiny} />
    </>
  );
}

export function MonthsTable({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">Searches each month</caption>
      <TableHead columns={['Month', 'Searches', ...(scrutiny.linksRecorded ? ['Find rate'] : [])]} />
      <tbody className="govuk-table__body">
        {scrutiny.months.map((m) => (
          <tr className="govuk-table__row" key={m.month}>
            <th scope="row" className="govuk-table__header">
              {formatMonth(m.month)}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(m.searches)}</td>
            {scrutiny.linksRecorded ? (
              <td className="govuk-table__cell govuk-table__cell--numeric">{rateOrNot(m.findRate)}</td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OutcomesTable({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Outcomes</caption>
      <TableHead columns={['Outcome', 'Searches', 'Share']} />
      <tbody className="govuk-table__body">
        {scrutiny.outcomes.map((o) => (
          <tr className="govuk-table__row" key={o.outcome}>
            <th scope="row" className="govuk-table__header">
              {o.outcome}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(o.searches)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{percent(o.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
