/** The shapes the measures API answers with (see GET /api/openapi.json). */
export type Polarity = 'lower-is-better' | 'higher-is-better' | 'increase-in-reporting-wanted' | 'context-only';

export type Verdict =
  | 'significant-improvement'
  | 'no-significant-change'
  | 'significant-deterioration'
  | 'significant-increase-in-reporting-wanted'
  | 'significant-decrease-in-reporting'
  | 'significant-change-context-only';

export type Tone = 'positive' | 'negative' | 'neutral';

export interface Measure {
  code: string;
  name: string;
  definition: string;
  unit: 'count' | 'percentage' | 'rate-per-1000' | 'pounds' | 'days' | 'number';
  unitWords: string;
  polarity: Polarity;
  frequency: 'monthly' | 'quarterly' | 'annual' | 'rolling-12-months';
  source: string;
  areaKinds: ('force' | 'bcu' | 'borough')[];
  breakdowns: string[];
  target: { value: number; period: string; note?: string } | null;
  crimeCategory: string | null;
  aims: { planKey: string; nodeRef: string }[];
}

export interface MeasureList {
  measures: Measure[];
}

export interface SeriesMonth {
  month: string;
  value: number;
  centre: number;
  lower: number;
  upper: number;
  rolling12: number | null;
}

export interface SeriesSignal {
  rule: 'outside-limits' | 'run' | 'trend';
  direction: 'above' | 'below' | 'increasing' | 'decreasing';
  indexes: number[];
}

export interface YearValue {
  period: string;
  label: string;
  value: number;
}

export interface MeasureSeries {
  measure: { code: string; name: string; polarity: string; unitWords: string };
  area: { code: string; name: string };
  synthetic: boolean;
  months: SeriesMonth[];
  signals: SeriesSignal[];
  years: YearValue[];
}

export interface PeriodValue {
  period: string;
  label: string;
  value: number;
  source: 'observation' | 'crime-counts';
  synthetic: boolean;
  missingMonths: string[];
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface MeasureComparison {
  measure: { code: string; name: string; polarity: Polarity; unit: string };
  area: { code: string; name: string };
  current: PeriodValue;
  previous: PeriodValue;
  change: number;
  changePercent: number | null;
  judgement: {
    test: 'exact-poisson' | 'none';
    pValue: number | null;
    interval: Interval | null;
    ratio: number | null;
    significant: boolean | null;
    verdict: Verdict | null;
    verdictLabel: string | null;
    tone: Tone;
    sentence: string;
  };
  /** Per 1,000 residents, where populations are loaded. */
  rates: { current: number; previous: number } | null;
}

export interface BoroughChange {
  code: string;
  name: string;
  current: number;
  previous: number;
  ratio: number | null;
  interval: Interval;
  pValue: number;
  verdict: Verdict;
  verdictLabel: string;
  tone: Tone;
}

export interface BoroughComparisonResult {
  measure: { code: string; name: string };
  current: { period: string; label: string };
  previous: { period: string; label: string };
  boroughs: BoroughChange[];
}

export interface BoroughList {
  on: string;
  boroughs: {
    code: string;
    kind: 'borough' | 'airports';
    name: string;
    gssCode: string | null;
    bcu: { code: string; name: string } | null;
  }[];
}
