import { describe, expect, it } from 'vitest';
import { chainAuditRecords } from '../../domain/audit/index.js';
import { auditRowOfEntry } from '../../store/index.js';
import { BackupTrailCheck } from './backupTrailCheck.js';

/** Three chained entries as a backup file's audit_entries rows, one JSON line each, in id order. */
function trailRows(): Record<string, unknown>[] {
  const entries = chainAuditRecords(
    ['CN', 'SW', 'NE'].map((code, index) => ({
      occurredAt: `2026-12-0${index + 1}T09:00:00.000Z`,
      actor: 'cli:operator',
      action: 'update',
      entityType: 'org_unit',
      entityId: code,
      before: { name: `Old ${code}` },
      after: { name: `New ${code}` },
      reason: 'Boundary review',
    })),
    null,
  );
  return entries.map((entry, index) => ({ id: index + 1, ...auditRowOfEntry(entry) }));
}

/** A backup's lines around the trail: a table before it, the trail's section, and a table after. */
function fileLines(rows: readonly Record<string, unknown>[]): string[] {
  return [
    '{"format":"bluelamp-backup"}',
    '{"$section":"org_units"}',
    '{"id":1,"code":"CN","sequence":7}',
    '{"$end":"org_units","rows":1,"checksum":"x"}',
    '{"$section":"audit_entries"}',
    ...rows.map((row) => JSON.stringify(row)),
    `{"$end":"audit_entries","rows":${rows.length},"checksum":"x"}`,
    '{"$section":"users"}',
    // Read as the trail's fourth entry, this row would break it.
    '{"id":1,"sequence":4,"before_json":null,"after_json":null,"previous_hash":"x","hash":"not a trail"}',
    '{"$end":"users","rows":1,"checksum":"x"}',
  ];
}

function problemAfter(lines: readonly string[]) {
  const check = new BackupTrailCheck(null);
  for (const line of lines) check.add(line);
  return check.problem();
}

describe("following a backup's audit trail as the file is read", () => {
  it('finds nothing wrong with an intact trail, and reads no other table as part of it', () => {
    expect(problemAfter(fileLines(trailRows()))).toBeNull();
  });

  it('names the entry whose content was changed after it was chained', () => {
    const rows = trailRows();
    rows[1] = { ...rows[1], actor: 'cli:someone-else' };
    expect(problemAfter(fileLines(rows))).toMatchObject({
      intact: false,
      sequence: 2,
      problem: expect.stringMatching(/content no longer matches its hash/) as unknown,
    });
  });

  it('names the entry after one that was removed', () => {
    const rows = trailRows();
    const withoutFirst = rows.slice(1).map((row, index) => ({ ...row, sequence: index + 1 }));
    expect(problemAfter(fileLines(withoutFirst))).toMatchObject({ intact: false, sequence: 1 });
  });

  it('leaves rows out of sequence order, or a line that is not a row, to the check of the restored trail', () => {
    const rows = trailRows();
    expect(problemAfter(fileLines([rows[1]!, rows[0]!, rows[2]!]))).toBeNull();
    const lines = fileLines(rows);
    lines.splice(lines.indexOf('{"$section":"audit_entries"}') + 2, 0, 'not json at all');
    expect(problemAfter(lines)).toBeNull();
  });
});
