import { AuditChainVerifier, type AuditKey, type ChainVerdict } from '../../domain/audit/index.js';
import { auditEntryOfRow } from '../../store/index.js';

// Matched as text, so that the rows of every other table (evidence files among them) are not
// parsed a second time; it is the line the backup writer puts before the trail's rows.
const TRAIL_SECTION = JSON.stringify({ $section: 'audit_entries' });

/**
 * Follows the audit trail in a backup's lines as the file is authenticated, so a file whose
 * trail was rewritten is refused before a single row is written. It gives up quietly, leaving
 * the verdict to the check of the restored trail that decides, where the file is not what it
 * expects: a line that is not a row (the loading pass names it) or rows out of sequence order
 * (the file holds them in id order, which the database keeps in step with the sequence).
 */
export class BackupTrailCheck {
  private readonly verifier: AuditChainVerifier;
  private inTrail = false;
  private unreadable = false;
  private next = 1;

  constructor(key: AuditKey | null) {
    this.verifier = new AuditChainVerifier({ key });
  }

  add(line: string): void {
    if (line === TRAIL_SECTION) {
      this.inTrail = true;
      return;
    }
    if (!this.inTrail || this.unreadable) return;
    try {
      const row = JSON.parse(line) as Record<string, unknown>;
      if ('$end' in row || '$section' in row) this.inTrail = false;
      else if (row.sequence !== this.next) this.unreadable = true;
      else {
        this.next += 1;
        this.verifier.add(auditEntryOfRow(row as unknown as Parameters<typeof auditEntryOfRow>[0]));
      }
    } catch {
      this.unreadable = true;
    }
  }

  /** Where the trail breaks, or null when it holds together as far as it could be read. */
  problem(): Extract<ChainVerdict, { intact: false }> | null {
    const verdict = this.verifier.verdict();
    return verdict.intact ? null : verdict;
  }
}
