import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  openDataApiPath,
  openDataFileName,
  openDataProblems,
  openDataTable,
  openDataView,
  shownFigure,
  tableGrid,
  type OpenDataValue,
} from './openData.js';

const value: fc.Arbitrary<OpenDataValue> = fc.oneof(
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constant(null),
);
const keys = fc.uniqueArray(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/), { minLength: 1, maxLength: 6 });

describe('an open-data table', () => {
  it('gives a grid of its headings and then one line per row, every line as wide as the columns', () => {
    fc.assert(
      fc.property(keys, fc.nat({ max: 20 }), fc.infiniteStream(value), (columnKeys, count, values) => {
        const columns = columnKeys.map((key) => ({ key, label: key.toUpperCase() }));
        const rows = Array.from({ length: count }, () =>
          Object.fromEntries(columnKeys.map((key) => [key, values.next().value as OpenDataValue])),
        );
        const grid = tableGrid({ name: 't', caption: 'T', columns, rows });
        expect(grid).toHaveLength(count + 1);
        expect(grid[0]).toEqual(columns.map((c) => c.label));
        for (const [index, line] of grid.slice(1).entries()) {
          expect(line).toEqual(columnKeys.map((key) => cellText(rows[index]?.[key] ?? null)));
        }
      }),
    );
  });

  it('writes numbers with all their digits, so that a number read back is the number shown', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(Number(cellText(n))).toBe(n === 0 ? 0 : n);
      }),
    );
    expect(cellText(null)).toBe('');
    expect(cellText(230765)).toBe('230765');
  });

  it('keeps each row’s links beside the row they belong to', () => {
    const table = openDataTable({ name: 'plans', caption: 'Plans', columns: [{ key: 'plan', label: 'Plan' }] }, [
      { cells: { plan: 'A' }, links: { plan: '/public/plans/a' } },
      { cells: { plan: 'B' } },
    ]);
    expect(table.rows).toEqual([{ plan: 'A' }, { plan: 'B' }]);
    expect(table.rowLinks).toEqual([{ plan: '/public/plans/a' }, {}]);
  });

  it('rounds a figure to the digits the page shows, and leaves what is missing missing', () => {
    expect(shownFigure(11.6349, 1)).toBe(11.6);
    expect(shownFigure(null, 1)).toBeNull();
    expect(shownFigure(Number.NaN, 1)).toBeNull();
  });
});

describe('an open-data view', () => {
  it('names the problems that would make it lie about itself', () => {
    const view = openDataView({
      path: '/public/x',
      title: 'X',
      lead: 'X.',
      tables: [
        { name: 'a', caption: 'A', columns: [{ key: 'k', label: 'K' }], rows: [{ k: 1 }, { other: 2 }] },
        { name: 'a', caption: 'A again', columns: [], rows: [], rowLinks: [{}] },
      ],
      chart: { title: 'C', description: 'C', table: 'missing', categoryColumn: 'k', seriesColumns: [], unit: 'u' },
    });
    expect(openDataProblems(view)).toEqual([
      'a row 2 does not match its columns',
      'two tables are named a',
      'a has 1 link rows for 0 rows',
      'a picture is drawn from a missing table missing',
    ]);
  });

  it('has its API address and its download names from its own stable path', () => {
    expect(openDataApiPath('/public')).toBe('/api/open-data');
    expect(openDataApiPath('/public/measures/burglary')).toBe('/api/open-data/measures/burglary');
    expect(() => openDataApiPath('/plans')).toThrow();
    expect(openDataFileName('/public', 'json')).toBe('bluelamp-home.json');
    expect(openDataFileName('/public/plans/met-business-plan-2018-19/progress/2018-19-Q1', 'csv', 'milestones')).toBe(
      'bluelamp-plans-met-business-plan-2018-19-progress-2018-19-q1-milestones.csv',
    );
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (parts) => {
        expect(openDataFileName(`/public/${parts.join('/')}`, 'csv')).toMatch(/^bluelamp(-[a-z0-9-]+)*\.csv$/);
      }),
    );
  });
});
