import type { MeasureComparison } from './measureTypes.js';
import { percentIntervalWords, percentText, pointsWords, sampleWords, type ProportionSide } from './proportionText.js';
import { SummaryRow as Row } from '../shared/govuk.js';

function Side({ side, testId }: { side: ProportionSide; testId: string }) {
  return (
    <>
      <span data-testid={testId}>{percentText(side.percent)}</span>
      {side.interval === null ? null : ` (${percentIntervalWords(side.interval)})`}
      <p className="govuk-body-s govuk-!-margin-bottom-0" data-testid={`${testId}-sample`}>
        {sampleWords(side)}
      </p>
    </>
  );
}

/**
 * A survey percentage's figures: each side with its Wilson interval and the effective sample it
 * rests on, and the difference in points with its interval, as the API judged them.
 */
export function ProportionFacts({ comparison }: { comparison: MeasureComparison }) {
  const { current, previous, judgement } = comparison;
  const proportions = judgement.proportions;
  if (proportions === null) return null;
  return (
    <>
      <Row label={current.label}>
        <Side side={proportions.current} testId="current-value" />
      </Row>
      <Row label={previous.label}>
        <Side side={proportions.previous} testId="previous-value" />
      </Row>
      <Row label={`What ${comparison.area.name}'s figure counts`}>
        <span data-testid="area-composition">{comparison.area.composition}</span>
      </Row>
      <Row label="Difference">
        <span data-testid="change">{pointsWords(proportions.difference, judgement.interval)}</span>
      </Row>
    </>
  );
}
