import type { FindingPageData } from './findingResponseTypes.js';

export type LinkedMeasure = FindingPageData['measures'][number];
export type FigureMove = LinkedMeasure['move'];
export type FigureView = NonNullable<LinkedMeasure['latest']>;

/** Always the words beside the colour; "no figures yet" is grey, never the colour of "no change". */
const MOVE_TAG: Readonly<Record<FigureMove, string>> = {
  improved: 'govuk-tag--green',
  worse: 'govuk-tag--red',
  'no-clear-change': 'govuk-tag--blue',
  'no-figures-yet': 'govuk-tag--grey',
};

export function FigureMoveTag({ move, label }: { move: FigureMove | null; label: string }) {
  return (
    <strong className={`govuk-tag bl-tag--small ${move === null ? 'govuk-tag--grey' : MOVE_TAG[move]}`}>{label}</strong>
  );
}

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "78%" or "16,000", as the report writes its figures. */
export function figureValue(figure: FigureView, unit: string | null): string {
  return unit === 'percentage' ? `${WHOLE.format(figure.value)}%` : WHOLE.format(figure.value);
}
