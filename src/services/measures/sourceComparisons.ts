import type { Period } from '../../domain/calendar/index.js';
import {
  compareFigureSources,
  figureDifference,
  headlineReason,
  headlineSource,
  sourceLabel,
  type FigureSource,
  type MeasureArea,
  type MeasureDefinition,
  type SourcedPair,
} from '../../domain/measures/index.js';
import type { Executor, StoredObservation } from '../../store/index.js';
import { dataFigure, dataAsAt, publishedFigures, type DataFigure, type PublishedFigure } from './measureAccess.js';
import { changeJudgement, type ChangeJudgement, type ProportionSamples } from './measureViews.js';

/** The name the figures computed from loaded crime files go by, beside the documents' names. */
export const DATA_SOURCE_NAME = 'recorded crime counts loaded into Bluelamp';

/** One source's figure for one period of a comparison. */
export interface SourceFigure {
  /** Null where the source gives no figure for the period, or its data do not cover the whole period. */
  readonly value: number | null;
  readonly asAt: string | null;
  /** The files it was loaded from: the crime files summed, or the file the published figure came in. */
  readonly files: readonly string[];
  /** Months of the period the loaded crime files do not cover (data only). */
  readonly missingMonths: readonly string[];
  /** Older vintages of this source's figure for the period, kept and listed with the observations. */
  readonly earlierVintages: number;
  /** The survey sample behind a published percentage (numerator, base, sample size, design effect); nulls otherwise. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly sampleSize: number | null;
  readonly designEffect: number | null;
}

/** A source's figures for both periods, with its own change and judgement and its difference from the headline. */
export interface SourceComparison {
  readonly source: FigureSource & { readonly label: string };
  /** The source whose figures the top-level values, change and sentence quote. */
  readonly headline: boolean;
  readonly current: SourceFigure;
  readonly previous: SourceFigure;
  readonly change: number | null;
  readonly changePercent: number | null;
  /** Judged within the source only; null unless it gives both periods. */
  readonly judgement: ChangeJudgement | null;
  /** This source's figures minus the headline's, per period; null for the headline itself. */
  readonly differenceFromHeadline: { readonly current: number | null; readonly previous: number | null } | null;
}

export interface SourceComparisons {
  readonly sources: readonly SourceComparison[];
  readonly headlineReason: string;
}

const noSample = { numerator: null, denominator: null, sampleSize: null, designEffect: null } as const;

const noFigure: SourceFigure = {
  value: null,
  asAt: null,
  files: [],
  missingMonths: [],
  earlierVintages: 0,
  ...noSample,
};

function fromData(figure: DataFigure | null): SourceFigure {
  if (figure === null) return noFigure;
  return {
    value: figure.value,
    asAt: dataAsAt(figure.files),
    files: figure.files.map((file) => file.fileName),
    missingMonths: figure.missingMonths,
    earlierVintages: 0,
    ...noSample,
  };
}

function fromPublished(figure: PublishedFigure | undefined): SourceFigure {
  if (figure === undefined) return noFigure;
  return {
    value: figure.value,
    asAt: figure.asAt,
    files: figure.loadedFrom === null ? [] : [figure.loadedFrom],
    missingMonths: [],
    earlierVintages: figure.earlierVintages,
    numerator: figure.numerator,
    denominator: figure.denominator,
    sampleSize: figure.sampleSize,
    designEffect: figure.designEffect,
  };
}

function sampleOf(figure: SourceFigure): ProportionSamples['current'] {
  const { numerator, denominator, sampleSize, designEffect } = figure;
  return { numerator, denominator, sampleSize, designEffect };
}

type Pair = SourcedPair & { readonly current: SourceFigure; readonly previous: SourceFigure };

function publishedPairs(current: readonly PublishedFigure[], previous: readonly PublishedFigure[]): Pair[] {
  const names = [...new Set([...current, ...previous].map((f) => f.source))];
  return names.map((name) => {
    const now = current.find((f) => f.source === name);
    const before = previous.find((f) => f.source === name);
    return {
      source: { kind: 'published', name, synthetic: (now?.synthetic ?? false) || (before?.synthetic ?? false) },
      current: fromPublished(now),
      previous: fromPublished(before),
    };
  });
}

/**
 * Every source's figures for a measure, area and pair of periods: the data computed from the
 * loaded crime files and each published source's newest vintage, side by side. Each source is
 * judged on its own pair of figures, since a change across sources would mix a difference of
 * definition or vintage with a change in crime; the order, and so the headline, follows
 * `compareFigureSources`.
 */
export async function sourceComparisons(
  db: Executor,
  input: {
    measure: MeasureDefinition;
    area: MeasureArea;
    periods: { current: Period; previous: Period };
    labels: { current: string; previous: string };
    observations: readonly StoredObservation[];
  },
): Promise<SourceComparisons> {
  const { measure, area, periods } = input;
  const pairs = publishedPairs(
    publishedFigures(input.observations, area.code, periods.current),
    publishedFigures(input.observations, area.code, periods.previous),
  );
  const dataNow = await dataFigure(db, { measure, area, period: periods.current });
  const dataBefore = await dataFigure(db, { measure, area, period: periods.previous });
  if (dataNow !== null || dataBefore !== null) {
    pairs.push({
      source: { kind: 'data', name: DATA_SOURCE_NAME, synthetic: !!dataNow?.synthetic || !!dataBefore?.synthetic },
      current: fromData(dataNow),
      previous: fromData(dataBefore),
    });
  }
  const ordered = [...pairs].sort(compareFigureSources);
  const headline = headlineSource(ordered);
  const sources = ordered.map((pair): SourceComparison => {
    const isHeadline = pair === headline;
    const now = pair.current.value;
    const before = pair.previous.value;
    const change = now === null || before === null ? null : now - before;
    return {
      source: { ...pair.source, label: sourceLabel(pair.source) },
      headline: isHeadline,
      current: pair.current,
      previous: pair.previous,
      change,
      changePercent: change === null || before === null || before === 0 ? null : (change / before) * 100,
      judgement:
        now === null || before === null
          ? null
          : changeJudgement(measure, { current: now, previous: before }, input.labels, {
              current: sampleOf(pair.current),
              previous: sampleOf(pair.previous),
            }),
      differenceFromHeadline:
        isHeadline || headline === undefined
          ? null
          : {
              current: figureDifference(now, headline.current.value),
              previous: figureDifference(before, headline.previous.value),
            },
    };
  });
  return { sources, headlineReason: headlineReason(ordered) };
}
