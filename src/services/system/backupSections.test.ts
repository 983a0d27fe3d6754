import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, tableChecksum, type Row, type TableName } from '../../store/index.js';
import type { BackupHeader } from './backupFile.js';
import { BackupSections } from './backupSections.js';

const header: BackupHeader = {
  format: 'bluelamp-backup',
  formatVersion: 2,
  schema: '0017_append_only_guards',
  createdAt: '2026-12-06T02:00:00.000Z',
  source: 'sqlite',
  tables: BACKUP_TABLES,
  keyId: '0a1b2c3d',
};

/** A backup body as the writer lays it out: every table's section, then the authentication code. */
function body(rows: ReadonlyMap<TableName, readonly Row[]>): unknown[] {
  return [
    ...BACKUP_TABLES.flatMap((table) => {
      const held = rows.get(table) ?? [];
      return [{ $section: table }, ...held, { $end: table, rows: held.length, checksum: tableChecksum(held) }];
    }),
    { $mac: 'f'.repeat(64) },
  ];
}

function readAll(lines: readonly unknown[]): Map<TableName, Row[]> {
  const sections = new BackupSections(header);
  const found = new Map<TableName, Row[]>();
  for (const line of lines) {
    const event = sections.read(line);
    if (event.kind === 'row') found.set(event.table, [...(found.get(event.table) ?? []), event.row]);
  }
  sections.assertComplete();
  return found;
}

const someRows = fc.array(
  fc.tuple(
    fc.constantFrom(...BACKUP_TABLES),
    fc.record({ id: fc.nat(), name: fc.string(), count: fc.integer(), note: fc.option(fc.string()) }),
  ),
  { maxLength: 30 },
);

function grouped(pairs: readonly (readonly [TableName, Row])[]): Map<TableName, Row[]> {
  const rows = new Map<TableName, Row[]>();
  for (const [table, row] of pairs) rows.set(table, [...(rows.get(table) ?? []), row]);
  return rows;
}

describe('reading the sections of a backup', () => {
  it('gives back every row of every table, in order, from a body laid out as the writer does', () => {
    fc.assert(
      fc.property(someRows, (pairs) => {
        const rows = grouped(pairs);
        expect(readAll(body(rows))).toEqual(rows);
      }),
    );
  });

  it('refuses the body with any one line taken out', () => {
    fc.assert(
      fc.property(someRows, fc.nat(), (pairs, pick) => {
        const lines = body(grouped(pairs));
        const without = lines.filter((_, index) => index !== pick % lines.length);
        expect(() => readAll(without)).toThrow();
      }),
    );
  });

  it('refuses a row added to any section, even one that is a copy of another row', () => {
    fc.assert(
      fc.property(someRows, fc.nat(), (pairs, pick) => {
        const lines = body(grouped(pairs));
        const at = 1 + (pick % (lines.length - 1));
        const extra = [...lines.slice(0, at), { id: 1, name: 'extra' }, ...lines.slice(at)];
        expect(() => readAll(extra)).toThrow();
      }),
    );
  });

  it('says what is wrong with a section that is not in the header, or out of its place', () => {
    const lines = body(new Map());
    expect(() => readAll([{ $section: 'secrets' }, ...lines])).toThrow(
      'section "secrets" is not a table Bluelamp backs up',
    );
    expect(() => readAll(lines.slice(2))).toThrow(
      `section ${BACKUP_TABLES[1]} stands where the header says ${BACKUP_TABLES[0]} comes`,
    );
    expect(() => readAll([...lines, { $section: 'org_units' }])).toThrow('there is more after the authentication code');
    expect(() => new BackupSections({ ...header, tables: [] })).toThrow('the header leaves out tables: org_units, ');
    expect(() => new BackupSections({ ...header, tables: [...BACKUP_TABLES, 'secrets' as TableName] })).toThrow(
      'the header lists tables Bluelamp does not back up: secrets',
    );
  });
});
