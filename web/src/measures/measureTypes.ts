/** The measures API's answers, as the route table declares them (see GET /api/openapi.json). */
import type { ResponseOf } from '../shared/apiTypes.js';

export type MeasureList = ResponseOf<'listMeasures'>;
export type Measure = MeasureList['measures'][number];
export type Polarity = Measure['polarity'];

export type MeasureSeries = ResponseOf<'getMeasureSeries'>;
export type SeriesMonth = MeasureSeries['months'][number];
export type SeriesSignal = MeasureSeries['signals'][number];
export type YearValue = MeasureSeries['years'][number];
/** What the control chart and its monthly table draw, whether from a measure or a priority's evidence pack. */
export type ChartedSeries = Pick<MeasureSeries, 'measure' | 'months' | 'signals'> & {
  area: Pick<MeasureSeries['area'], 'code' | 'name'>;
};

export type MeasureComparison = ResponseOf<'compareMeasure'>;
export type PeriodValue = MeasureComparison['current'];
export type Tone = MeasureComparison['judgement']['tone'];

export type BoroughComparisonResult = ResponseOf<'compareBoroughs'>;
export type BoroughChange = BoroughComparisonResult['boroughs'][number];
export type Verdict = BoroughChange['verdict'];

/** The boroughs the measure filters offer, from the organisation's own list. */
export type BoroughList = ResponseOf<'listBoroughs'>;
