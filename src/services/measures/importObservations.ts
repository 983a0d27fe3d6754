import { parseIsoDate, parsePeriod, PERIOD_KINDS, periodCode } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { checkSourceName, resolveArea, type Observation } from '../../domain/measures/index.js';
import {
  IngestError,
  readObservationsCsv,
  readObservationsXlsx,
  type IngestProblem,
  type ObservationRow,
} from '../../ingest/index.js';
import {
  appendAuditRecords,
  classifyObservations,
  listMeasureDefinitions,
  tallyOutcomes,
  upsertObservations,
  type ObservationOutcome,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { refusedFile } from '../refusedFile.js';

/** A loaded figure older than one its source already has for the same key: kept, while the newer one is still shown. */
export interface EarlierVintage {
  readonly row: number;
  readonly measure: string;
  readonly area: string;
  readonly period: string;
  readonly breakdown: string | null;
  readonly source: string;
  readonly asAt: string | null;
  readonly value: number;
  readonly newer: { readonly asAt: string | null; readonly value: number };
}

export interface ObservationImportSummary {
  readonly fileName: string;
  readonly rows: number;
  /** New to their source. */
  readonly added: number;
  /** A later as-at than the source's figures held: shown from now on, the older ones kept. */
  readonly newerVintages: number;
  /** An older as-at than a figure held from the same source: kept, never shown over the newer (listed in `earlier`). */
  readonly earlierVintages: number;
  /** The same source and as-at with other numbers: corrections, the old numbers kept. */
  readonly revised: number;
  readonly unchanged: number;
  readonly earlier: readonly EarlierVintage[];
  readonly dryRun: boolean;
}

/** What the whole file says unless a row says otherwise. */
export interface ObservationFileDefaults {
  /** The document or dataset the figures come from; each measure's own declared source when not given. */
  readonly source?: string | undefined;
  /** The date the figures stood, for rows without an As at of their own. */
  readonly asAt?: string | undefined;
}

function checkDefaults(ctx: ServiceContext, defaults: ObservationFileDefaults): void {
  const sourceProblem = defaults.source === undefined ? null : checkSourceName(defaults.source);
  if (sourceProblem !== null) throw new BluelampProblem('invalid-input', `source ${sourceProblem}.`, 'source');
  if (defaults.asAt === undefined) return;
  if (parseIsoDate(defaults.asAt) === null)
    throw new BluelampProblem(
      'invalid-input',
      `asAt must be a real date written YYYY-MM-DD, not "${defaults.asAt}".`,
      'asAt',
    );
  if (defaults.asAt > ctx.today())
    throw new BluelampProblem(
      'invalid-input',
      `asAt ${defaults.asAt} is after today: a figure cannot stand as at a later day.`,
      'asAt',
    );
}

async function toObservations(
  ctx: ServiceContext,
  input: { fileName: string } & ObservationFileDefaults,
  sheet: { rows: readonly ObservationRow[]; problems: readonly IngestProblem[] },
): Promise<{ observation: Observation; row: number }[]> {
  const measures = new Map((await listMeasureDefinitions(ctx.store.db)).map((m) => [m.code, m]));
  const model = await loadOrganisationModel(ctx);
  const problems: IngestProblem[] = [...sheet.problems];
  const loaded: { observation: Observation; row: number }[] = [];
  for (const row of sheet.rows) {
    const at = (column: string, message: string): void => {
      problems.push({ file: input.fileName, row: row.row, column, message });
    };
    const measure = measures.get(row.measure);
    if (measure === undefined) at('Measure', `"${row.measure}" is not the code of a measure`);
    const reading = parsePeriod(row.period, { accept: PERIOD_KINDS });
    if (!reading.ok) at('Period', reading.problem.message);
    const period = reading.ok ? reading.period : null;
    let areaCode: string | null = null;
    try {
      areaCode = resolveArea(model, row.area, ctx.today()).code;
    } catch {
      at('Area', `"${row.area}" is not a borough, a BCU or London`);
    }
    const asAt = row.asAt ?? input.asAt ?? null;
    if (row.asAt !== null && parseIsoDate(row.asAt) === null) at('As at', `"${row.asAt}" is not a real date`);
    else if (row.asAt !== null && row.asAt > ctx.today()) at('As at', `${row.asAt} is after today`);
    if (areaCode === null || period === null || measure === undefined) continue;
    loaded.push({
      row: row.row,
      observation: {
        measureCode: row.measure,
        areaCode,
        period: periodCode(period),
        breakdown: row.breakdown,
        value: row.value,
        numerator: row.numerator,
        denominator: row.denominator,
        sampleSize: row.sampleSize,
        designEffect: row.designEffect,
        status: row.status,
        source: input.source ?? measure.source,
        asAt,
        synthetic: false,
      },
    });
  }
  if (problems.length > 0) throw new IngestError([...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
  return loaded;
}

function summarise(
  input: { fileName: string; dryRun: boolean },
  loaded: readonly { observation: Observation; row: number }[],
  outcomes: readonly ObservationOutcome[],
): ObservationImportSummary {
  const { added, newerVintages, earlierVintages, revised, unchanged } = tallyOutcomes(outcomes);
  const tally = { added, newerVintages, earlierVintages, revised, unchanged };
  const earlier = outcomes.flatMap(({ observation: o, outcome }, index): EarlierVintage[] =>
    outcome.kind === 'earlier-vintage'
      ? [
          {
            row: loaded[index]?.row ?? 0,
            measure: o.measureCode,
            area: o.areaCode,
            period: o.period,
            breakdown: o.breakdown,
            source: o.source,
            asAt: o.asAt,
            value: o.value,
            newer: outcome.newer,
          },
        ]
      : [],
  );
  return { fileName: input.fileName, rows: loaded.length, ...tally, earlier, dryRun: input.dryRun };
}

/**
 * Loads observations for any measure from CSV or XLSX: all rows or none, each problem named by
 * row and column. Figures are kept per source and as-at date: the same vintage with other
 * numbers is a correction (the old numbers kept), and a figure older than one its source already
 * has is kept beside it and listed, while the newer one is still the one shown. A dry run says
 * exactly what a load would do, writing nothing.
 */
export async function importObservations(
  ctx: ServiceContext,
  input: { fileName: string; format: 'csv' | 'xlsx'; content: Buffer; dryRun?: boolean } & ObservationFileDefaults,
): Promise<ObservationImportSummary> {
  authorise(ctx, 'crime-data.import');
  checkDefaults(ctx, input);
  try {
    const sheet =
      input.format === 'csv'
        ? readObservationsCsv(input.content.toString('utf8'), input.fileName)
        : await readObservationsXlsx(input.content, input.fileName);
    const loaded = await toObservations(ctx, input, sheet);
    const observations = loaded.map((l) => l.observation);
    if (input.dryRun === true) {
      const outcomes = await classifyObservations(ctx.store.db, observations);
      return summarise({ fileName: input.fileName, dryRun: true }, loaded, outcomes);
    }
    return await ctx.store.db.transaction().execute(async (trx) => {
      const load = await upsertObservations(trx, observations, new Date().toISOString(), input.fileName);
      const summary = summarise({ fileName: input.fileName, dryRun: false }, loaded, load.outcomes);
      await appendAuditRecords(trx, [
        auditRecord(ctx, { action: 'create', entityType: 'observations', entityId: input.fileName, after: summary }),
      ]);
      return summary;
    });
  } catch (error) {
    if (error instanceof IngestError) throw refusedFile(error);
    throw error;
  }
}
