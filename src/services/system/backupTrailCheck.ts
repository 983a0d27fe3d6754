import { AuditChainVerifier, type AuditKey, type ChainVerdict } from '../../domain/audit/index.js';
import { auditEntryOfRow } from '../../store/index.js';

const TRAIL_SECTION = JSON.stringify({ $section: 'audit_entries' });

/**
 * Follows the audit trail in a backup's lines as the file is authenticated, so a file whose
 * trail was rewritten is refused before a single row is written. A line that is not a row is
 * left for the loading pass, which names its line; the loaded trail is checked again after.
 */
export class BackupTrailCheck {
  private readonly verifier: AuditChainVerifier;
  private inTrail = false;
  private unreadable = false;

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
      else this.verifier.add(auditEntryOfRow(row as unknown as Parameters<typeof auditEntryOfRow>[0]));
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
