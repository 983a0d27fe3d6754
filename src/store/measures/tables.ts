import type { Generated } from 'kysely';

/** The measure tables as Kysely sees them (migration 0006; observations' source and loaded_from, 0015). */
export interface MeasureTable {
  id: Generated<number>;
  code: string;
  name: string;
  definition: string;
  unit: string;
  unit_words: string;
  polarity: string;
  frequency: string;
  source: string;
  area_kinds_json: string;
  breakdowns_json: string;
  target_json: string | null;
  crime_category: string | null;
  aims_json: string;
  position: number;
  /** Migration 0024: 'performance', 'finance' or 'workforce'. */
  kind: Generated<string>;
}

export interface ObservationTable {
  id: Generated<number>;
  measure_code: string;
  area_code: string;
  period: string;
  breakdown: Generated<string>;
  value: number;
  numerator: number | null;
  denominator: number | null;
  sample_size: number | null;
  design_effect: number | null;
  status: string;
  /** The document or dataset that published the figure; one current row per source and as-at. */
  source: string;
  as_at: string | null;
  synthetic: Generated<number>;
  loaded_at: string;
  /** The file the figure was loaded from; null for figures loaded before files were recorded. */
  loaded_from: string | null;
  superseded_at: string | null;
}

export interface MeasureTables {
  measures: MeasureTable;
  observations: ObservationTable;
}
