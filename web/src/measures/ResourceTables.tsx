import { HeadedRow, NumberCell, Table, numericColumn } from '../shared/govuk.js';
import { countedAs, figureLabel, formatResourceValue, sourceWords, type ResourceFigure } from './resourceText.js';

function FigureHead({ figure }: { figure: ResourceFigure }) {
  return (
    <>
      {figureLabel(figure)}
      {figure.status === 'provisional' ? (
        <strong className="govuk-tag govuk-tag--blue govuk-!-margin-left-2">Forecast</strong>
      ) : null}
      {figure.synthetic ? (
        <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-2">Synthetic</strong>
      ) : null}
      <span className="bl-block bl-secondary-text govuk-body-s">{figure.definition}</span>
    </>
  );
}

interface TableOptions {
  figures: ResourceFigure[];
  caption?: string;
  captionSize?: 's' | 'm';
}

const key = (f: ResourceFigure) => [f.measureCode, f.areaCode, f.period, f.source].join('|');

/** One table of resource figures: each with its period, value and source, and how it is counted where that varies. */
function ResourceTable({
  figures,
  caption,
  captionSize,
  id,
  valueHeading,
  showCountedAs = false,
}: Required<Pick<TableOptions, 'figures' | 'caption'>> &
  Pick<TableOptions, 'captionSize'> & { id: string; valueHeading: string; showCountedAs?: boolean }) {
  const columns = ['Figure', ...(showCountedAs ? ['Counted as'] : []), 'Period', numericColumn(valueHeading), 'Source'];
  return (
    <Table caption={caption} captionSize={captionSize} columns={columns} id={id}>
      {figures.map((figure) => (
        <HeadedRow key={key(figure)} head={<FigureHead figure={figure} />}>
          {showCountedAs ? <td className="govuk-table__cell">{countedAs(figure)}</td> : null}
          <td className="govuk-table__cell bl-nowrap">{figure.periodLabel}</td>
          <NumberCell>{formatResourceValue(figure)}</NumberCell>
          <td className="govuk-table__cell govuk-body-s">{sourceWords(figure)}</td>
        </HeadedRow>
      ))}
    </Table>
  );
}

/** Budget, savings, capital and reserves, in £m, each with the years it covers and its source. */
export function FinanceTable({ figures, caption = 'Finance', captionSize }: TableOptions) {
  return <ResourceTable {...{ figures, caption, captionSize }} id="finance" valueHeading="Amount" />;
}

/** People employed, by headcount or full-time equivalent. */
export function WorkforceTable({ figures, caption = 'Workforce', captionSize }: TableOptions) {
  return <ResourceTable {...{ figures, caption, captionSize }} id="workforce" valueHeading="Number" showCountedAs />;
}

/** Shares of the workforce beside the population they are compared with, each with its own source. */
export function RepresentativenessTable({ figures, caption = 'Representativeness', captionSize }: TableOptions) {
  return <ResourceTable {...{ figures, caption, captionSize }} id="representativeness" valueHeading="Share" />;
}

/** The workforce figures split into counts of people and shares of them. */
export function splitWorkforce(figures: ResourceFigure[]): { counts: ResourceFigure[]; shares: ResourceFigure[] } {
  return {
    counts: figures.filter((f) => f.unit !== 'percentage'),
    shares: figures.filter((f) => f.unit === 'percentage'),
  };
}
