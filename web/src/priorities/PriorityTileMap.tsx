import { Link } from 'react-router';
import { tileMapSvgUrl, useTileMapSvg } from './priorityQueries.js';
import type { CategoryScorecard, CategoryScorecardBorough } from './priorityTypes.js';
import { ChangeCells } from './PriorityParts.js';
import { spanWords, withPeriod } from './priorityText.js';
import { partMonths } from './SetChangeNotes.js';
import { QueryState } from '../shared/QueryState.js';
import { Table } from '../shared/govuk.js';

interface MapProps {
  year: string;
  category: string;
  period: string | undefined;
}

/**
 * The server draws the map (the same SVG goes into downloads and printed reports) and escapes
 * every text in it; it is placed in the page rather than in an <img> so its borough links work.
 */
export function TileMap({ year, category, period }: MapProps) {
  const query = useTileMapSvg(year, category, period);
  return (
    <figure className="bl-tile-map" aria-labelledby="tile-map-caption">
      <QueryState {...query} what="the map">
        {(svg) => <div className="bl-tile-map__svg" data-testid="tile-map" dangerouslySetInnerHTML={{ __html: svg }} />}
      </QueryState>
      <figcaption className="govuk-body-s bl-tile-map__caption" id="tile-map-caption">
        Each square is a borough, placed roughly where it lies in London, with its letters, its change and a symbol for
        its verdict. Select a square to open that borough&apos;s scorecard. The same figures are in the table below.{' '}
        <a className="govuk-link" href={tileMapSvgUrl(year, category, period)} download>
          Download the map (SVG)
        </a>
      </figcaption>
    </figure>
  );
}

function chosenFirst(rows: readonly CategoryScorecardBorough[]): CategoryScorecardBorough[] {
  return [...rows].sort((a, b) => Number(b.chosen) - Number(a.chosen) || a.borough.name.localeCompare(b.borough.name));
}

function BoroughRow({
  row,
  year,
  period,
  months,
}: {
  row: CategoryScorecardBorough;
  year: string;
  period: string | undefined;
  months: number;
}) {
  const { borough, change } = row;
  const part = partMonths(row.chosenMonths, months);
  return (
    <tr className={`govuk-table__row${row.chosen ? ' bl-priority-row--chosen' : ''}`}>
      <th scope="row" className="govuk-table__header">
        <Link className="govuk-link" to={withPeriod(`/priorities/${year}/boroughs/${borough.code}`, period)}>
          {borough.name}
        </Link>
      </th>
      <td className="govuk-table__cell">
        {row.chosen ? 'Yes' : 'No'}
        {row.qualifier === null ? null : <span className="bl-cell-note">{row.qualifier}</span>}
        {part === null ? null : <span className="bl-cell-note">{part}</span>}
      </td>
      <ChangeCells change={change} />
    </tr>
  );
}

/** Everything the map shows, for people who do not use the map. */
export function TileMapTable({ scorecard, period }: { scorecard: CategoryScorecard; period: string | undefined }) {
  const { periods } = scorecard;
  return (
    <Table
      caption={<>{scorecard.category.name} in every borough, the boroughs that chose it first</>}
      columns={[
        'Borough',
        'Local priority',
        { label: spanWords(periods.previous), className: 'govuk-table__header--numeric' },
        { label: spanWords(periods.current), className: 'govuk-table__header--numeric' },
        { label: 'Change', className: 'govuk-table__header--numeric' },
        'Verdict',
      ]}
      id="category-boroughs"
      className="bl-priority-table"
    >
      {chosenFirst(scorecard.boroughs).map((row) => (
        <BoroughRow key={row.borough.code} row={row} year={scorecard.year} period={period} months={scorecard.months} />
      ))}
    </Table>
  );
}
