import {
  categoryNames,
  countsFilesFor,
  crimeMonthsHeld,
  sumCrimeCounts,
  type CountsFile,
  type Executor,
} from '../../store/index.js';

/** The source the demo's generated counts are loaded under. */
const SYNTHETIC_SOURCE = 'demo-synthetic';

/** How many of a ward's latest months its page shows. */
export const WARD_CRIME_MONTHS = 12;

/** The name a ward's crime figures go by wherever they are shown. */
export const WARD_CRIME_SOURCE = 'recorded crime counts loaded from ward-level files';

/** A ward's recorded crime over its latest months, with the files the counts came from. */
export interface WardCrime {
  /** Every category of the taxonomy, month by month, oldest first. */
  readonly months: readonly { readonly month: string; readonly count: number }[];
  readonly total: number;
  readonly source: {
    readonly name: string;
    /** "Data: …", saying so when the counts are the demo's generated ones; shown with `asAt`. */
    readonly label: string;
    /** The day the newest of the files was loaded: the counts stood as the files gave them then. */
    readonly asAt: string | null;
    readonly files: readonly CountsFile[];
  };
  readonly synthetic: boolean;
}

/**
 * The latest months of recorded crime counted to a ward (a ward-level file's rows for it), or
 * null where no ward-level figures are loaded for it: never zeros standing in for "no file".
 */
export async function wardCrime(db: Executor, wardCode: string): Promise<WardCrime | null> {
  const held = await crimeMonthsHeld(db);
  if (held.first === null || held.last === null) return null;
  const categoryCodes = [...(await categoryNames(db)).keys()];
  const span = { areaCodes: [wardCode], categoryCodes, firstMonth: held.first, lastMonth: held.last };
  const monthly = await sumCrimeCounts(db, span);
  const months = [...monthly.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(-WARD_CRIME_MONTHS)
    .map(([month, count]) => ({ month, count }));
  const first = months[0]?.month;
  const last = months.at(-1)?.month;
  if (first === undefined || last === undefined) return null;
  const files = await countsFilesFor(db, { ...span, firstMonth: first, lastMonth: last });
  const asAt =
    files
      .map((file) => file.loadedAt.slice(0, 10))
      .sort()
      .at(-1) ?? null;
  // Only the ward's own files decide: the demo's generated borough counts never reach a ward.
  const synthetic = files.some((file) => file.source === SYNTHETIC_SOURCE);
  const label = `Data: ${WARD_CRIME_SOURCE}${synthetic ? ' (synthetic: generated for the demo)' : ''}`;
  return {
    months,
    total: months.reduce((sum, m) => sum + m.count, 0),
    source: { name: WARD_CRIME_SOURCE, label, asAt, files },
    synthetic,
  };
}
