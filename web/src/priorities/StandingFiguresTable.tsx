import type { ReactNode } from 'react';
import type { BoroughScorecard, StandingFigure, StandingPriorityRow } from './priorityTypes.js';
import { formatDate } from '../shared/format.js';
import { TableHead } from '../shared/govuk.js';
import { VerdictTag } from './PriorityParts.js';
import { formatPercentChange } from './priorityText.js';

/** Which months a figure covers, when they are not the scorecard's, and where it is held. */
function FigureNotes({ figure, scorecard }: { figure: StandingFigure; scorecard: BoroughScorecard }) {
  const notes: string[] = [];
  if (figure.area === 'london') notes.push(`London-wide figure: none is held for ${scorecard.set.borough.name}.`);
  if (!figure.sameMonths)
    notes.push(`Covers ${figure.current.label}, not the compared months: ${scorecard.periods.current.label}.`);
  if (figure.londonChangePercent !== null)
    notes.push(`London's change over the same months: ${formatPercentChange(figure.londonChangePercent)}.`);
  if (notes.length === 0) return null;
  return <span className="bl-cell-note">{notes.join(' ')}</span>;
}

function SourceCell({ figure }: { figure: StandingFigure }) {
  const { source } = figure;
  return (
    <td className="govuk-table__cell">
      {source.name}
      <span className="bl-cell-note">
        {source.kind === 'data' ? 'Counted from loaded data' : 'Published figure'}
        {source.asAt === null ? ', date not given' : `, as at ${formatDate(source.asAt)}`}
        {source.synthetic ? ' (synthetic: generated for the demo)' : ''}
      </span>
    </td>
  );
}

function FigureCells({
  figure,
  scorecard,
  lead,
}: {
  figure: StandingFigure;
  scorecard: BoroughScorecard;
  lead?: string;
}) {
  return (
    <>
      <td className="govuk-table__cell">
        {lead === undefined ? null : <strong>{lead}: </strong>}
        {figure.sentence}
        <FigureNotes figure={figure} scorecard={scorecard} />
      </td>
      <SourceCell figure={figure} />
      <td className="govuk-table__cell">
        {figure.verdictLabel === null ? (
          <span className="bl-secondary-text">Not judged: nothing to compare</span>
        ) : (
          <VerdictTag label={figure.verdictLabel} tone={figure.tone} />
        )}
      </td>
    </>
  );
}

function Said({ children }: { children: ReactNode }) {
  return (
    <td className="govuk-table__cell" colSpan={3}>
      {children}
    </td>
  );
}

/** A standing priority's rows: each figure, or why there is none; its notes; then repeat victimisation. */
function StandingRows({ row, scorecard }: { row: StandingPriorityRow; scorecard: BoroughScorecard }) {
  const cells: ReactNode[] = row.figures.map((figure, index) => (
    <FigureCells key={`figure-${index}`} figure={figure} scorecard={scorecard} />
  ));
  if (row.noFigures !== null) cells.push(<Said key="none">{row.noFigures}</Said>);
  row.notes.forEach((note, index) => cells.push(<Said key={`note-${index}`}>{note}</Said>));
  cells.push(
    row.repeat === null ? (
      <Said key="repeat">{row.noRepeat}</Said>
    ) : (
      <FigureCells key="repeat" figure={row.repeat} scorecard={scorecard} lead="Repeat victimisation" />
    ),
  );
  return (
    <tbody className="govuk-table__body bl-standing-group" data-standing={row.code}>
      {cells.map((cell, index) => (
        <tr className="govuk-table__row" key={index}>
          {index === 0 ? (
            <th scope="rowgroup" rowSpan={cells.length} className="govuk-table__header">
              {row.name}
              <span className="bl-cell-note">
                {row.kind === 'everywhere' ? 'In every borough' : 'High-harm crime'}
                {row.polarity === 'increase-in-reporting-wanted' ? ': more reporting is wanted' : ''}
              </span>
            </th>
          ) : null}
          {cell}
        </tr>
      ))}
    </tbody>
  );
}

/**
 * Anti-social behaviour and the high-harm crimes, which every borough has without choosing them:
 * every figure the loaded sources give, each with its source, date and verdict, or why none is shown.
 */
export function StandingTable({ scorecard }: { scorecard: BoroughScorecard }) {
  return (
    <table className="govuk-table bl-priority-table bl-standing-table" id="borough-standing">
      <caption className="govuk-table__caption govuk-table__caption--m">Priorities in every borough</caption>
      <TableHead columns={['Priority', 'Figure', 'Source', 'Verdict']} />
      {scorecard.standing.map((row) => (
        <StandingRows key={row.code} row={row} scorecard={scorecard} />
      ))}
    </table>
  );
}
