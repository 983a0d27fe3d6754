import type { EvidenceCategory, EvidencePack } from './priorityTypes.js';
import { formatCount, formatMonth, formatRatio } from '../shared/format.js';
import { VerdictTag } from './PriorityParts.js';
import { formatPercentChange, formatShare, ordinal } from './priorityText.js';
import { LazyMeasureChart, MonthlyTable, type ChartedSeries, type SeriesSignal } from '../measures/index.js';

/** The category's points in the shape the measure chart draws, so both pages chart alike. */
export function seriesOf(pack: EvidencePack, category: EvidenceCategory): ChartedSeries {
  return {
    measure: { code: category.code, name: category.name, polarity: 'lower-is-better', unitWords: 'crimes' },
    area: { code: pack.borough.code, name: pack.borough.name },
    months: category.points.map((p) => ({ ...p, value: p.count })),
    signals: category.signals,
  };
}

function monthsOf(category: EvidenceCategory, indexes: readonly number[]): string {
  const months = indexes.map((index) => category.points[index]?.month).filter((m) => m !== undefined);
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? formatMonth(first) : `${formatMonth(first)} to ${formatMonth(last)}`;
}

function monthList(category: EvidenceCategory, signals: readonly SeriesSignal[]): string {
  const months = signals.map((signal) => monthsOf(category, signal.indexes));
  const last = months.pop();
  return months.length === 0 ? (last ?? '') : `${months.join(', ')} and ${last ?? ''}`;
}

/** Months outside the limits are gathered into one sentence per side; runs and trends are told one by one. */
function signalSentences(category: EvidenceCategory): string[] {
  const sentences: string[] = [];
  for (const direction of ['above', 'below'] as const) {
    const outside = category.signals.filter((s) => s.rule === 'outside-limits' && s.direction === direction);
    if (outside.length > 0)
      sentences.push(
        `${direction === 'above' ? 'Above the upper' : 'Below the lower'} control limit: ${monthList(category, outside)}.`,
      );
  }
  for (const signal of category.signals) {
    const when = monthsOf(category, signal.indexes);
    const length = signal.indexes.length;
    if (signal.rule === 'run')
      sentences.push(`${length} months in a row ${signal.direction} the centre line: ${when}.`);
    if (signal.rule === 'trend')
      sentences.push(
        `${length} months each ${signal.direction === 'increasing' ? 'higher' : 'lower'} than the one before: ${when}.`,
      );
  }
  return sentences;
}

export function Signals({ category }: { category: EvidenceCategory }) {
  const sentences = signalSentences(category);
  if (sentences.length === 0) {
    return <p className="govuk-body">No signals: every month varies no more than chance alone would explain.</p>;
  }
  return (
    <>
      <p className="govuk-body">Signals that something changed beyond chance, for better or worse:</p>
      <ul className="govuk-list govuk-list--bullet">
        {sentences.map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
      </ul>
    </>
  );
}

function Facts({ category }: { category: EvidenceCategory }) {
  const { change, standing } = category;
  const rate =
    standing.basis === 'rate' && standing.rate !== null && standing.londonRate !== null
      ? ` That is ${formatRatio(standing.rate)} per 1,000 residents, against ${formatRatio(standing.londonRate)} across London.`
      : '';
  return (
    <>
      <p className="govuk-body">
        {formatCount(change.current)} crimes in the last twelve months, against {formatCount(change.previous)} in the
        twelve before ({formatPercentChange(change.changePercent)}):{' '}
        <VerdictTag label={change.verdictLabel} tone={change.tone} />
      </p>
      <p className="govuk-body">
        The {ordinal(standing.rank)} highest of {standing.of} boroughs by{' '}
        {standing.basis === 'rate' ? 'rate per resident' : 'count'}, with {formatShare(standing.share)} of London&apos;s
        count.{rate}
      </p>
    </>
  );
}

/** One candidate crime: its figures, its control chart with the figures behind it, and its signals. */
export function EvidenceSection({ pack, category }: { pack: EvidencePack; category: EvidenceCategory }) {
  return (
    <section className="bl-evidence-section" aria-labelledby={`evidence-${category.code}`}>
      <h2 className="govuk-heading-m" id={`evidence-${category.code}`}>
        {category.name}
        {category.chosen ? (
          <strong className="govuk-tag govuk-tag--blue bl-priority-chosen-tag">Local priority</strong>
        ) : null}
      </h2>
      {!category.counted ? (
        <p className="govuk-body">No counts are loaded for this category.</p>
      ) : (
        <>
          <Facts category={category} />
          <LazyMeasureChart series={seriesOf(pack, category)} year={undefined} />
          <Signals category={category} />
          <details className="bl-details">
            <summary className="bl-details__summary">The monthly figures for {category.name.toLowerCase()}</summary>
            <div className="bl-details__text">
              <MonthlyTable series={seriesOf(pack, category)} />
            </div>
          </details>
        </>
      )}
    </section>
  );
}
