import type { EthnicGroupScrutiny, StopSearchScrutiny } from './crimeDataTypes.js';
import { HeadedRow, NumberCell, Table } from '../shared/govuk.js';
import { formatCount, formatMonth, formatTenths } from '../shared/format.js';
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
    <Table caption={caption} columns={columns}>
      {ordered.map((row) => (
        <HeadedRow
          key={row.group}
          className={row.group === MINORITY_GROUPS ? 'bl-total-row' : undefined}
          head={row.group === MINORITY_GROUPS ? `${row.group} (every group but White, together)` : row.group}
        >
          <NumberCell>{formatCount(row.searches)}</NumberCell>
          <NumberCell>{percent(row.share)}</NumberCell>
          {withPopulation ? (
            <>
              <NumberCell>{row.ratePer1000 === null ? '–' : formatTenths(row.ratePer1000)}</NumberCell>
              <td className="govuk-table__cell">
                <Disproportionality row={row} reference={scrutiny.referenceGroup} />
              </td>
            </>
          ) : null}
          {scrutiny.linksRecorded ? <td className="govuk-table__cell">{shareWithInterval(row.findRate)}</td> : null}
          <NumberCell>{percent(row.arrestRate.rate)}</NumberCell>
        </HeadedRow>
      ))}
    </Table>
  );
}

function ObjectTable({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  return (
    <Table
      caption="By what the officer was looking for"
      columns={[
        'Object of search',
        'Searches',
        'Share',
        ...(scrutiny.linksRecorded ? ['Find rate (95% interval)'] : []),
        'Arrest rate (95% interval)',
      ]}
    >
      {scrutiny.objects.map((o) => (
        <HeadedRow key={o.objectOfSearch} head={o.objectOfSearch}>
          <NumberCell>{formatCount(o.searches)}</NumberCell>
          <NumberCell>{percent(o.share)}</NumberCell>
          {scrutiny.linksRecorded ? <td className="govuk-table__cell">{shareWithInterval(o.findRate)}</td> : null}
          <td className="govuk-table__cell">{shareWithInterval(o.arrestRate)}</td>
        </HeadedRow>
      ))}
    </Table>
  );
}

function ObjectByEthnicityTable({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  const groups = [...new Set(scrutiny.objects.flatMap((o) => o.byEthnicity.map((e) => e.group)))];
  // Without recorded links there is no find rate; arrests are the next best sign of a search's yield.
  const rateName = scrutiny.linksRecorded ? 'Find rate' : 'Arrest rate';
  return (
    <Table
      caption={<>{rateName} by object of search and officer-defined ethnicity</>}
      columns={['Object of search', ...groups]}
    >
      {scrutiny.objects.map((o) => (
        <HeadedRow key={o.objectOfSearch} head={o.objectOfSearch}>
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
        </HeadedRow>
      ))}
    </Table>
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
    <Table
      caption="Searches each month"
      captionSize="s"
      columns={['Month', 'Searches', ...(scrutiny.linksRecorded ? ['Find rate'] : [])]}
    >
      {scrutiny.months.map((m) => (
        <HeadedRow key={m.month} head={formatMonth(m.month)}>
          <NumberCell>{formatCount(m.searches)}</NumberCell>
          {scrutiny.linksRecorded ? <NumberCell>{rateOrNot(m.findRate)}</NumberCell> : null}
        </HeadedRow>
      ))}
    </Table>
  );
}

export function OutcomesTable({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  return (
    <Table caption="Outcomes" columns={['Outcome', 'Searches', 'Share']}>
      {scrutiny.outcomes.map((o) => (
        <HeadedRow key={o.outcome} head={o.outcome}>
          <NumberCell>{formatCount(o.searches)}</NumberCell>
          <NumberCell>{percent(o.share)}</NumberCell>
        </HeadedRow>
      ))}
    </Table>
  );
}
