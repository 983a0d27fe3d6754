import type { MeasureComparison, MeasureSeries } from './measureTypes.js';
import { formatCount, formatDate, formatSigned, formatTenths } from '../shared/format.js';
import { NumberCell, Table, numericColumn } from '../shared/govuk.js';

type SourceComparison = MeasureComparison['sources'][number];

const dash = '–';
const count = (value: number | null): string => (value === null ? dash : formatCount(value));
const signed = (value: number | null): string => (value === null ? dash : formatSigned(value));
const asAtText = (asAt: string | null): string => (asAt === null ? 'no date given' : formatDate(asAt));

function changeText(source: SourceComparison): string {
  if (source.change === null) return dash;
  // A survey percentage changes by points; a percentage of a percentage would mislead.
  if (source.judgement?.proportions != null) return `${formatSigned(source.change, formatTenths)} points`;
  const percent = source.changePercent === null ? '' : ` (${formatSigned(source.changePercent, formatTenths)}%)`;
  return `${formatSigned(source.change)}${percent}`;
}

function gapsText(source: SourceComparison): string | null {
  const gaps = [...source.current.missingMonths, ...source.previous.missingMonths];
  return gaps.length === 0 ? null : `No counts loaded for ${gaps.join(', ')}`;
}

function SourceRow({ source }: { source: SourceComparison }) {
  const gaps = gapsText(source);
  const vintages = source.current.earlierVintages + source.previous.earlierVintages;
  return (
    <tr className="govuk-table__row" data-testid="source-row">
      <th scope="row" className="govuk-table__header">
        {source.source.label}
        {source.headline ? (
          <strong className="govuk-tag govuk-tag--blue bl-tag--small bl-source-tag">Headline</strong>
        ) : null}
        <span className="bl-block bl-secondary govuk-body-s">As at {asAtText(source.current.asAt)}</span>
        {gaps === null ? null : <span className="bl-block bl-secondary govuk-body-s">{gaps}</span>}
        {vintages === 0 ? null : (
          <span className="bl-block bl-secondary govuk-body-s">
            {vintages} earlier vintage{vintages === 1 ? '' : 's'} kept
          </span>
        )}
      </th>
      <NumberCell>{count(source.current.value)}</NumberCell>
      <NumberCell>{count(source.previous.value)}</NumberCell>
      <NumberCell>{changeText(source)}</NumberCell>
      <NumberCell>{source.headline ? dash : signed(source.differenceFromHeadline?.current ?? null)}</NumberCell>
    </tr>
  );
}

/**
 * Every source's figures for the two periods side by side: the figure computed from the loaded
 * data and each published one, labelled with source and as-at date, and how far each is from the
 * headline. The page says which source heads it and why; none is preferred without saying so.
 */
export function SourcesPanel({ comparison }: { comparison: MeasureComparison }) {
  const { current, previous } = comparison;
  return (
    <section aria-labelledby="sources-heading" className="bl-sources" id="sources">
      <h2 className="govuk-heading-m" id="sources-heading">
        Every source of these figures
      </h2>
      <p className="govuk-body">
        The headline above is {comparison.headline.label}. {comparison.headline.reason}
      </p>
      <div className="bl-table-scroll">
        <Table
          caption={`${comparison.measure.name} in ${comparison.area.name}, ${current.label} and ${previous.label}, by source`}
          captionSize="s"
          columns={[
            'Source',
            ...[current.label, previous.label, 'Change', `Difference from the headline (${current.label})`].map(
              numericColumn,
            ),
          ]}
          id="measure-sources"
          className="bl-sources-table"
        >
          {comparison.sources.map((source) => (
            <SourceRow source={source} key={`${source.source.kind}|${source.source.name}`} />
          ))}
        </Table>
      </div>
    </section>
  );
}

/** Every published figure for the area, period by period, beside the data's figure for the same period. */
export function PublishedFigures({ series }: { series: MeasureSeries }) {
  if (series.published.length === 0) return null;
  return (
    <section aria-labelledby="published-heading" className="bl-sources">
      <h2 className="govuk-heading-m" id="published-heading">
        Published figures beside the data
      </h2>
      <p className="govuk-body">
        Each figure a document or dataset gives for {series.area.name}, the newest vintage of each source, beside the
        figure the loaded crime files give for the same period{series.data === null ? '' : ` (${series.data.label})`}.
      </p>
      <div className="bl-table-scroll">
        <Table
          caption={`${series.measure.name} in ${series.area.name}: published and data figures`}
          captionSize="s"
          columns={[
            'Period',
            'Source',
            'As at',
            ...['Published', 'From the data', 'Published minus data'].map(numericColumn),
          ]}
          id="published-figures"
          className="bl-sources-table"
        >
          {series.published.map((row) => (
            <tr className="govuk-table__row" key={`${row.period}|${row.source}`}>
              <th scope="row" className="govuk-table__header bl-nowrap">
                {row.label}
              </th>
              <td className="govuk-table__cell">{row.sourceLabel}</td>
              <td className="govuk-table__cell bl-nowrap">{asAtText(row.asAt)}</td>
              <NumberCell>{formatCount(row.value)}</NumberCell>
              <NumberCell>{count(row.data)}</NumberCell>
              <NumberCell>{signed(row.difference)}</NumberCell>
            </tr>
          ))}
        </Table>
      </div>
    </section>
  );
}
