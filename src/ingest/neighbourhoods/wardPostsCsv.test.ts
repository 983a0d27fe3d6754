import { describe, expect, it } from 'vitest';
import { IngestError } from '../ingestError.js';
import { readAbstractionsCsv } from './abstractionsCsv.js';
import { readWardPostsCsv, wardPostsTemplateCsv } from './wardPostsCsv.js';

const HEADER = 'Borough,Ward,Ward code,Role,Establishment,Actual,As at';
const file = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

function refusal(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error.problems.map((p) => `${p.file} ${p.row} ${p.column}: ${p.message}`);
    throw error;
  }
  throw new Error('the file was not refused');
}

describe('reading a ward posts file', () => {
  it('reads the template, spelling of roles and UK-style dates included', () => {
    expect(readWardPostsCsv(wardPostsTemplateCsv(), 't.csv')).toMatchObject({
      problems: [],
      rows: [
        { row: 2, borough: 'Camden', ward: 'Camden ward 1', wardCode: null, role: 'dwo', establishment: 2, actual: 2 },
        { row: 3, role: 'pcso', establishment: 1, actual: 1, asAt: '2018-12-31' },
      ],
    });
    const uk = readWardPostsCsv(
      file(HEADER, 'Barnet,Burnt Oak,E05000046,Police community support officer,1,0,31/12/2018'),
      'uk.csv',
    );
    expect(uk.rows[0]).toMatchObject({ wardCode: 'E05000046', role: 'pcso', asAt: '2018-12-31' });
  });

  it('names the file, row and column of every bad cell: a bad number, a negative establishment, a bad date', () => {
    const result = readWardPostsCsv(
      file(
        HEADER,
        'Barnet,Burnt Oak,,DWO,two,2,2018-12-31',
        'Barnet,Colindale,,DWO,-1,2,2018-12-31',
        'Barnet,Hale,,PCSO,1,1,2018-02-30',
        'Barnet,Hale,,Sergeant,1,1.5,2018-12-31',
      ),
      'posts.csv',
    );
    expect(result.problems.map((p) => `${p.file} ${p.row} ${p.column}: ${p.message}`)).toEqual([
      'posts.csv 2 Establishment: "two" is not a whole number',
      'posts.csv 3 Establishment: "-1" is negative; a count of posts is 0 or more',
      'posts.csv 4 As at: "2018-02-30" is not a real date written 2018-12-31 or 31/12/2018',
      'posts.csv 5 Role: "Sergeant" is not DWO (dedicated ward officer) or PCSO',
      'posts.csv 5 Actual: "1.5" is not a whole number',
    ]);
    expect(result.rows).toEqual([]);
  });

  it('refuses a file without a required column, naming each missing one', () => {
    expect(refusal(() => readWardPostsCsv(file('Borough,Ward,Role,Actual', 'Barnet,Hale,DWO,2'), 'short.csv'))).toEqual(
      [
        'short.csv 1 Establishment: the Establishment column is missing',
        'short.csv 1 As at: the As at column is missing',
      ],
    );
  });

  it('refuses a ward stated twice for the same role and day, and a quote that never closes', () => {
    const twice = readWardPostsCsv(
      file(HEADER, 'Barnet,Hale,,DWO,2,2,2018-12-31', 'barnet,hale,,dwo,2,1,2018-12-31'),
      'twice.csv',
    );
    expect(twice.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, 'Ward', 'repeats row 2: the same ward, role and as-at date twice'],
    ]);
    expect(refusal(() => readWardPostsCsv(file(HEADER, '"Barnet,Hale,,DWO,2,2,2018-12-31'), 'q.csv'))).toEqual([
      'q.csv 2 null: a quoted field is never closed (a " is missing)',
    ]);
  });
});

describe('reading an abstractions file', () => {
  const ABSTRACTIONS = 'Borough,Ward,Role,Date,Hours,Reason,Note';

  it('reads reasons from the fixed list, with an optional note', () => {
    const result = readAbstractionsCsv(
      file(ABSTRACTIONS, 'Camden,Camden ward 3,DWO,2018-11-05,7.5,Aid to other areas / events,Remembrance'),
      'a.csv',
    );
    expect(result).toEqual({
      problems: [],
      rows: [
        {
          row: 2,
          borough: 'Camden',
          ward: 'Camden ward 3',
          wardCode: null,
          role: 'dwo',
          date: '2018-11-05',
          hours: 7.5,
          reason: 'aid',
          note: 'Remembrance',
        },
      ],
    });
  });

  it('names bad hours, an unknown reason and a missing date by row and column', () => {
    const result = readAbstractionsCsv(
      file(
        ABSTRACTIONS,
        'Camden,W,DWO,,8,Court,',
        'Camden,W,PCSO,2018-11-05,-3,Holiday,',
        'Camden,W,DWO,2018-11-05,30,Court,',
      ),
      'a.csv',
    );
    expect(result.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      '2 Date: is empty',
      '3 Hours: "-3" is not a number of hours',
      '3 Reason: "Holiday" is not one of the reasons: Aid to other areas and events, Court, Training, Response cover, Other',
      '4 Hours: must be at most 24 hours for one record',
    ]);
  });
});
