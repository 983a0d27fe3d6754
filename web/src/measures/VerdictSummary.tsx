import type { MeasureComparison } from './measureTypes.js';
import { TONE_TAG } from './measureText.js';
import { ProportionFacts } from './ProportionFacts.js';
import { proportionTestWords } from './proportionText.js';
import { formatCount, formatDate, formatPValue, formatRatio, formatSigned, formatTenths } from '../shared/format.js';
import { SummaryRow as Row } from '../shared/govuk.js';

function testWords({ judgement }: MeasureComparison): string | null {
  const { pValue, ratio, interval } = judgement;
  if (judgement.test === 'two-proportion') return proportionTestWords(judgement);
  if (judgement.test !== 'exact-poisson' || pValue === null || ratio === null || interval === null) return null;
  return `exact test ${formatPValue(pValue)}, rate ratio ${formatRatio(ratio)} (95% interval ${formatRatio(
    interval.lower,
  )} to ${formatRatio(interval.upper)})`;
}

/** The API's own sentence and verdict, then the figures and the test behind them. */
export function VerdictSummary({ comparison, unitWords }: { comparison: MeasureComparison; unitWords: string }) {
  const { current, previous, judgement } = comparison;
  const test = testWords(comparison);
  return (
    <section aria-labelledby="verdict-heading" className="bl-verdict">
      <h2 className="govuk-heading-m" id="verdict-heading">
        {current.label} against {previous.label}
      </h2>
      <div className="govuk-inset-text bl-verdict__sentence" data-testid="verdict-sentence">
        {judgement.sentence}
      </div>
      <p className="govuk-body-s bl-verdict__source" data-testid="headline-label">
        Headline figures: {comparison.headline.label}
        {current.asAt === null ? '' : `, as at ${formatDate(current.asAt)}`}.{' '}
        <a className="govuk-link" href="#sources">
          Every source side by side
        </a>
      </p>
      <dl className="govuk-summary-list bl-verdict__facts">
        {judgement.proportions === null ? <CountFacts comparison={comparison} unitWords={unitWords} /> : null}
        <ProportionFacts comparison={comparison} />
        <Row label="Verdict">
          {judgement.verdictLabel === null ? (
            notJudged(comparison)
          ) : (
            <strong className={`govuk-tag ${TONE_TAG[judgement.tone]} bl-verdict-tag`}>{judgement.verdictLabel}</strong>
          )}
          {test === null ? null : (
            <p className="govuk-body-s bl-verdict__test" data-testid="test-words">
              {test}
            </p>
          )}
        </Row>
      </dl>
    </section>
  );
}

/** Why a change has no verdict, in the API's words where it gives them. */
function notJudged({ judgement }: MeasureComparison): string {
  const reason = judgement.proportions?.untestedReason;
  return reason == null ? 'Not judged' : `Not judged: ${reason}`;
}

function CountFacts({ comparison, unitWords }: { comparison: MeasureComparison; unitWords: string }) {
  const { current, previous } = comparison;
  const percent =
    comparison.changePercent === null ? '' : ` (${formatSigned(comparison.changePercent, formatTenths)}%)`;
  return (
    <>
      <Row label={current.label}>
        <span data-testid="current-value">{formatCount(current.value)}</span> {unitWords}
      </Row>
      <Row label={previous.label}>
        <span data-testid="previous-value">{formatCount(previous.value)}</span> {unitWords}
      </Row>
      <Row label={`What ${comparison.area.name}'s figure counts`}>
        <span data-testid="area-composition">{comparison.area.composition}</span>
      </Row>
      <Row label="Change">
        <span data-testid="change">
          {formatSigned(comparison.change)}
          {percent}
        </span>
      </Row>
      {comparison.rates === null ? null : (
        <Row label="Per 1,000 residents">
          {comparison.rates.current.toFixed(1)} in {current.label}, {comparison.rates.previous.toFixed(1)} in{' '}
          {previous.label}
        </Row>
      )}
    </>
  );
}
