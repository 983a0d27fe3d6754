import type { OpenDataTable } from '../../../domain/publishing/index.js';
import { SYNTHETIC_LABEL } from '../figureSources.js';

/** The column that marks each row of made-up figures, so a CSV download of one table still says so. */
const SYNTHETIC_COLUMN = { key: 'figures', label: 'Figures' } as const;

/** What the synthetic column holds in each row. */
export const SYNTHETIC_CELL = 'Synthetic demo figure: not real';

/**
 * A table with figures made up for the demo (all of it, or the rows flagged) gains a column
 * saying which rows are: a CSV download holds one table and nothing else of the page, so the
 * label has to travel inside it. A table of real figures is returned as it is.
 */
export function labelledIfSynthetic(table: OpenDataTable, synthetic: boolean | readonly boolean[]): OpenDataTable {
  const rowIsSynthetic = (index: number): boolean =>
    typeof synthetic === 'boolean' ? synthetic : synthetic[index] === true;
  if (!table.rows.some((_, index) => rowIsSynthetic(index))) return table;
  return {
    ...table,
    caption: `${table.caption} (with synthetic demo figures)`,
    columns: [...table.columns, SYNTHETIC_COLUMN],
    rows: table.rows.map((row, index) => ({
      ...row,
      [SYNTHETIC_COLUMN.key]: rowIsSynthetic(index) ? SYNTHETIC_CELL : 'Loaded data',
    })),
  };
}

/** The page's warning when any of its figures are made up. */
export function syntheticWarnings(synthetic: boolean, what: string): string[] {
  return synthetic ? [`${what}: ${SYNTHETIC_LABEL} Do not quote them.`] : [];
}
