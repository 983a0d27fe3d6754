import type { BoroughChange, BoroughComparisonResult } from './measureTypes.js';
import { TONE_TAG } from './measureText.js';
import { formatCount, formatRatio } from '../shared/format.js';
import { NumberCell, Table } from '../shared/govuk.js';

const WIDTH = 200;
const HEIGHT = 20;

interface Scale {
  low: number;
  high: number;
}

/** One scale for every borough, always including a ratio of 1 (no change). */
function scaleOf(boroughs: readonly BoroughChange[]): Scale {
  const lows = boroughs.map((b) => b.interval.lower).filter(Number.isFinite);
  const highs = boroughs.map((b) => b.interval.upper).filter(Number.isFinite);
  const low = Math.min(1, ...lows);
  const high = Math.max(1, ...highs);
  const pad = (high - low) * 0.05 || 0.05;
  return { low: low - pad, high: high + pad };
}

function x(scale: Scale, value: number): number {
  const clamped = Math.min(scale.high, Math.max(scale.low, value));
  return ((clamped - scale.low) / (scale.high - scale.low)) * WIDTH;
}

/** The rate ratio as a dot on its 95% interval, against a grey line at 1. Decoration: the cell says it in words. */
function IntervalBar({ borough, scale }: { borough: BoroughChange; scale: Scale }) {
  const one = x(scale, 1);
  return (
    <svg className="bl-interval" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <line className="bl-interval__one" x1={one} x2={one} y1="0" y2={HEIGHT} />
      <line
        className="bl-interval__range"
        x1={x(scale, borough.interval.lower)}
        x2={x(scale, borough.interval.upper)}
        y1={HEIGHT / 2}
        y2={HEIGHT / 2}
      />
      {borough.ratio === null ? null : (
        <circle className="bl-interval__ratio" cx={x(scale, borough.ratio)} cy={HEIGHT / 2} r="4" />
      )}
    </svg>
  );
}

function BoroughRow({
  borough,
  rank,
  scale,
  selected,
}: {
  borough: BoroughChange;
  rank: number;
  scale: Scale;
  selected: boolean;
}) {
  const tone = borough.tone;
  return (
    <tr className={`govuk-table__row${selected ? ' bl-boroughs__selected' : ''}`}>
      <NumberCell>{rank}</NumberCell>
      <th scope="row" className="govuk-table__header">
        {borough.name}
        {selected ? <span className="govuk-visually-hidden"> (the area selected)</span> : null}
      </th>
      <NumberCell>{formatCount(borough.previous)}</NumberCell>
      <NumberCell>{formatCount(borough.current)}</NumberCell>
      <td className="govuk-table__cell bl-boroughs__ratio">
        <span className="bl-boroughs__ratio-text">
          {borough.ratio === null ? 'No ratio' : formatRatio(borough.ratio)}{' '}
          <span className="bl-secondary-text">
            ({formatRatio(borough.interval.lower)} to {formatRatio(borough.interval.upper)})
          </span>
        </span>
        <IntervalBar borough={borough} scale={scale} />
      </td>
      <td className="govuk-table__cell">
        <strong className={`govuk-tag ${TONE_TAG[tone]} bl-verdict-tag`}>{borough.verdictLabel}</strong>
      </td>
    </tr>
  );
}

/** Every borough ranked by its rate ratio, each judged by its own exact test, never by the ranking. */
export function BoroughComparison({ result, area }: { result: BoroughComparisonResult; area: string }) {
  const scale = scaleOf(result.boroughs);
  return (
    <Table
      caption={
        <>
          {result.measure.name} by borough, {result.current.label} against {result.previous.label}
        </>
      }
      columns={[
        { label: 'Rank', className: 'govuk-table__header--numeric' },
        'Borough',
        { label: result.previous.label, className: 'govuk-table__header--numeric bl-nowrap' },
        { label: result.current.label, className: 'govuk-table__header--numeric bl-nowrap' },
        'Rate ratio (95% interval)',
        'Verdict',
      ]}
      id="borough-comparison"
      className="bl-boroughs"
    >
      {result.boroughs.map((borough, index) => (
        <BoroughRow
          key={borough.code}
          borough={borough}
          rank={index + 1}
          scale={scale}
          selected={borough.code === area}
        />
      ))}
    </Table>
  );
}
