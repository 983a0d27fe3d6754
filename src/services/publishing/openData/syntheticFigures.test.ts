import { describe, expect, it } from 'vitest';
import { openDataTable, openDataView } from '../../../domain/publishing/index.js';
import { openDataCsvText } from './openDataFiles.js';
import { labelledIfSynthetic, SYNTHETIC_CELL, syntheticWarnings } from './syntheticFigures.js';

const months = openDataTable(
  {
    name: 'months',
    caption: 'Burglary by month',
    columns: [
      { key: 'month', label: 'Month' },
      { key: 'value', label: 'Count', numeric: true },
    ],
  },
  [{ cells: { month: '2018-04', value: 6_100 } }, { cells: { month: '2018-05', value: 6_200 } }],
);

describe('synthetic figures in open data', () => {
  it('leaves a table of real figures as it is', () => {
    expect(labelledIfSynthetic(months, false)).toBe(months);
    expect(labelledIfSynthetic(months, [false, false])).toBe(months);
  });

  it('marks every row of a synthetic table, so its CSV download says so on its own', () => {
    const labelled = labelledIfSynthetic(months, true);
    const csv = openDataCsvText(
      openDataView({ path: '/public/measures/burglary', title: 'B', lead: 'L', tables: [labelled] }),
      'months',
    );
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'Month,Count,Figures',
      `2018-04,6100,${SYNTHETIC_CELL}`,
      `2018-05,6200,${SYNTHETIC_CELL}`,
    ]);
    expect(labelled.caption).toBe('Burglary by month (with synthetic demo figures)');
  });

  it('marks only the rows flagged when a table mixes real and synthetic figures', () => {
    const labelled = labelledIfSynthetic(months, [false, true]);
    expect(labelled.rows.map((row) => row.figures)).toEqual(['Loaded data', SYNTHETIC_CELL]);
  });

  it('warns on the page only when something on it is synthetic', () => {
    expect(syntheticWarnings(false, 'These figures')).toEqual([]);
    expect(syntheticWarnings(true, 'These figures')).toEqual([
      'These figures: Synthetic demo figures, made up to show how the service works: not real. Do not quote them.',
    ]);
  });
});
