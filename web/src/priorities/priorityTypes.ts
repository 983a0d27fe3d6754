/** The shapes the local priorities API answers with (see GET /api/openapi.json, tag "Local priorities"). */
import type { Polarity, SeriesSignal, Tone, Verdict } from '../measures/index.js';

export interface PriorityBorough {
  code: string;
  name: string;
  gssCode: string | null;
  bcu: { code: string; name: string } | null;
}

export interface StandingPriority {
  code: string;
  name: string;
  kind: 'everywhere' | 'high-harm';
  categoryCode: string | null;
  measureCode: string | null;
  repeatMeasureCode: string | null;
  polarity: Polarity;
}

export interface PriorityCatalogue {
  eligible: { code: string; name: string }[];
  standing: StandingPriority[];
}

export interface NamedPriority {
  categoryCode: string;
  categoryName: string;
  qualifier: string | null;
}

export interface PrioritySet {
  boroughCode: string;
  borough: PriorityBorough;
  year: string;
  version: number;
  priorities: NamedPriority[];
  agreedBy: string;
  agreedOn: string;
  source: string | null;
  reason: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface PrioritySetList {
  year: string;
  /** Every year with sets, latest first. */
  years: string[];
  sets: PrioritySet[];
  boroughsWithoutSet: PriorityBorough[];
  standing: StandingPriority[];
  tally: { categoryCode: string; categoryName: string; boroughs: number }[];
}

export interface PriorityPeriod {
  period: string;
  label: string;
  span: { first: { year: number; month: number }; last: { year: number; month: number } };
}

export interface PriorityPeriods {
  current: PriorityPeriod;
  previous: PriorityPeriod;
  rolling: PriorityPeriod;
}

export interface TestedChange {
  current: number;
  previous: number;
  changePercent: number | null;
  ratio: number | null;
  /** An interval with no upper bound (nothing counted before) arrives as null. */
  interval: { lower: number; upper: number | null };
  pValue: number;
  significant: boolean;
  verdict: Verdict;
  verdictLabel: string;
  tone: Tone;
}

/** Ratio of two groups' rate ratios: below 1 when the first rose less or fell more than the second. */
export interface ChangeGap {
  ratio: number;
  interval: { lower: number; upper: number };
  pValue: number;
  significant: boolean;
  test: 'ratio of rate ratios (Woolf)';
}

export interface GroupChange {
  current: number;
  previous: number;
  boroughs: number;
  changePercent: number | null;
}

export interface CategoryScorecardBorough {
  borough: PriorityBorough;
  chosen: boolean;
  qualifier: string | null;
  rolling: number;
  change: TestedChange;
}

export interface CategoryScorecard {
  synthetic: boolean;
  year: string;
  category: { code: string; name: string };
  periods: PriorityPeriods;
  counted: boolean;
  london: GroupChange;
  chosen: GroupChange;
  others: GroupChange;
  gap: ChangeGap | null;
  sentence: string;
  boroughs: CategoryScorecardBorough[];
}

export interface CategoryFigures {
  counted: boolean;
  rolling: number;
  change: TestedChange;
  london: { current: number; previous: number; changePercent: number | null };
  againstLondon: ChangeGap | null;
}

export interface MeasureFigure {
  measureCode: string;
  measureName: string;
  area: 'borough' | 'london';
  areaName: string;
  current: number;
  previous: number;
  changePercent: number | null;
  verdictLabel: string | null;
  tone: Tone;
  sentence: string;
}

export interface BoroughPriorityRow extends NamedPriority {
  figures: CategoryFigures;
}

export interface StandingPriorityRow extends StandingPriority {
  figures: CategoryFigures | null;
  measureFigures: { volume: MeasureFigure | null; repeat: MeasureFigure | null } | null;
}

export interface BoroughScorecard {
  synthetic: boolean;
  year: string;
  set: PrioritySet;
  versions: number;
  periods: PriorityPeriods;
  priorities: BoroughPriorityRow[];
  standing: StandingPriorityRow[];
}

export interface PrioritySetHistory {
  versions: PrioritySet[];
}

export interface EvidencePoint {
  month: string;
  count: number;
  centre: number;
  lower: number;
  upper: number;
  rolling12: number | null;
}

export interface EvidenceCategory {
  code: string;
  name: string;
  chosen: boolean;
  counted: boolean;
  points: EvidencePoint[];
  signals: SeriesSignal[];
  /** The last twelve months against the twelve before them. */
  change: TestedChange;
  standing: {
    /** 1 is the highest in London. */
    rank: number;
    of: number;
    basis: 'rate' | 'count';
    share: number | null;
    rate: number | null;
    londonRate: number | null;
  };
}

export interface EvidencePack {
  year: string;
  borough: PriorityBorough;
  months: { first: string; last: string; label: string };
  synthetic: boolean;
  categories: EvidenceCategory[];
}
