import { partMonths } from './SetChangeNotes.js';
import type { BoroughScorecard, CategoryFigures } from './priorityTypes.js';
import { formatCount } from '../shared/format.js';
import { ChangeCells, PriorityName } from './PriorityParts.js';
import { comparedWords, formatPercentChange, gapFigures, spanWords } from './priorityText.js';
import { NumberCell, numericColumn, TableHead } from '../shared/govuk.js';

const FIGURE_COLUMNS = 7;

function FigureHead({ first, scorecard }: { first: string; scorecard: BoroughScorecard }) {
  const { periods } = scorecard;
  const numeric = [
    `Rolling 12 months (${spanWords(periods.rolling)})`,
    spanWords(periods.previous),
    spanWords(periods.current),
    'Change',
  ];
  return (
    <TableHead columns={[first, ...numeric.map(numericColumn), 'Verdict', "London's change", 'Compared with London']} />
  );
}

function AgainstLondon({ figures }: { figures: CategoryFigures }) {
  const gap = figures.againstLondon;
  if (gap === null) return <>Cannot be tested</>;
  return (
    <>
      {comparedWords(figures.change.changePercent, figures.london.changePercent, gap, 'London')}
      <span className="bl-cell-note">ratio {gapFigures(gap)}</span>
    </>
  );
}

function FigureCells({ figures }: { figures: CategoryFigures }) {
  if (!figures.counted) {
    return (
      <td className="govuk-table__cell" colSpan={FIGURE_COLUMNS}>
        No counts are loaded for this category.
      </td>
    );
  }
  const { change } = figures;
  return (
    <>
      <NumberCell>{formatCount(figures.rolling)}</NumberCell>
      <ChangeCells change={change} />
      <td className="govuk-table__cell bl-nowrap">{formatPercentChange(figures.london.changePercent)}</td>
      <td className="govuk-table__cell">
        <AgainstLondon figures={figures} />
      </td>
    </>
  );
}

/** The borough's chosen crimes, each beside London's change over the same months. */
export function PrioritiesTable({ scorecard }: { scorecard: BoroughScorecard }) {
  const part = (chosenMonths: number) => partMonths(chosenMonths, scorecard.months);
  return (
    <table className="govuk-table bl-priority-table bl-scorecard-table" id="borough-priorities">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {scorecard.set.borough.name}&apos;s local priorities
      </caption>
      <FigureHead first="Priority" scorecard={scorecard} />
      <tbody className="govuk-table__body">
        {scorecard.priorities.map((row) => (
          <tr className="govuk-table__row" key={row.categoryCode}>
            <th scope="row" className="govuk-table__header">
              <PriorityName name={row.categoryName} qualifier={row.qualifier} />
              {part(row.chosenMonths) === null ? null : <span className="bl-cell-note">{part(row.chosenMonths)}</span>}
            </th>
            <FigureCells figures={row.figures} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export { StandingTable } from './StandingFiguresTable.js';
