import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { reusingStatements } from './reusedStatements.js';

function numbersTable(): SqliteDatabase.Database {
  const sqlite = new SqliteDatabase(':memory:');
  sqlite.exec('create table numbers (n integer); insert into numbers values (1), (2), (3);');
  return sqlite;
}

describe('reusingStatements', () => {
  it('hands out the statement already prepared for the same SQL, and a new one for other SQL', () => {
    const database = reusingStatements(numbersTable());
    const first = database.prepare('select n from numbers where n > ?');
    expect(database.prepare('select n from numbers where n > ?')).toBe(first);
    expect(database.prepare('select n from numbers where n < ?')).not.toBe(first);
    expect(first.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(database.prepare('select n from numbers where n > ?').all([2])).toEqual([{ n: 3 }]);
  });

  it('never hands out a statement still being stepped through, so two streamed reads do not collide', () => {
    const database = reusingStatements(numbersTable());
    const sql = 'select n from numbers order by n';
    const outer = database.prepare(sql).iterate([]);
    const seen: unknown[] = [];
    for (const row of outer) {
      // A second read of the same query while the first is mid-way through its rows.
      seen.push([row, database.prepare(sql).all([]).length]);
    }
    expect(seen).toEqual([
      [{ n: 1 }, 3],
      [{ n: 2 }, 3],
      [{ n: 3 }, 3],
    ]);
  });

  it('keeps at most the given number of statements, letting the least recently used go', () => {
    const database = reusingStatements(numbersTable(), 2);
    const one = database.prepare('select 1');
    const two = database.prepare('select 2');
    expect(database.prepare('select 1')).toBe(one);
    database.prepare('select 3');
    expect(database.prepare('select 1')).toBe(one);
    expect(database.prepare('select 2')).not.toBe(two);
  });

  it('reads a changed table through a statement prepared before the change', () => {
    const sqlite = numbersTable();
    const database = reusingStatements(sqlite);
    expect(database.prepare('select * from numbers where n = ?').all([1])).toEqual([{ n: 1 }]);
    sqlite.exec("alter table numbers add column name text not null default 'one'");
    expect(database.prepare('select * from numbers where n = ?').all([1])).toEqual([{ n: 1, name: 'one' }]);
  });
});
