import { Command } from 'commander';
import { digestOf, sealOf } from '../../domain/audit/auditSeal.js';
import type { ChainVerdict } from '../../domain/audit/index.js';
import type * as services from '../../services/index.js';
import { ExitWithCode, formatTable, printJson, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let anchorAuditTrail: typeof services.anchorAuditTrail;
let listAuditHistory: typeof services.listAuditHistory;
let verifyAuditTrail: typeof services.verifyAuditTrail;
async function loadServices(): Promise<void> {
  ({ anchorAuditTrail } = await import('../../services/audit/anchorAuditTrail.js'));
  ({ listAuditHistory } = await import('../../services/audit/listAuditHistory.js'));
  ({ verifyAuditTrail } = await import('../../services/audit/verifyAuditTrail.js'));
}

/** Exit code for a broken chain: the command worked, and what it found needs a person. */
export const BROKEN_CHAIN_EXIT = 3;

function describeIntact(verdict: Extract<ChainVerdict, { intact: true }>): string {
  const seal = sealOf(verdict.lastHash);
  const keyed = seal.kind === 'hmac-sha256' ? ` (keyed with audit key ${seal.keyId})` : '';
  const anchor =
    verdict.anchor === null
      ? 'not yet anchored outside the database (the next change anchors it, or run "bluelamp audit anchor")'
      : `reaches the head anchored outside the database at entry ${verdict.anchor.sequence} (${verdict.anchor.place}, ${verdict.anchor.anchoredAt})`;
  return `The audit trail is intact: ${verdict.entries} entries, last hash ${digestOf(verdict.lastHash).slice(0, 16)}…${keyed}; it ${anchor}.`;
}

function verifyCommand(output: Output): Command {
  return new Command('verify')
    .description('re-compute the hash chain and report the first entry that does not fit')
    .option('--json', 'print JSON instead of a sentence')
    .hook('preAction', loadServices)
    .action(async (options: { json?: boolean }) => {
      const verdict = await withContext((ctx) => verifyAuditTrail(ctx));
      if (options.json === true) printJson(output, verdict);
      else if (verdict.intact) output.out(describeIntact(verdict));
      else {
        const entry = verdict.brokenAt;
        const what =
          entry === null
            ? ''
            : ` (${entry.action} of ${entry.entityType} ${entry.entityId} by ${entry.actor} at ${entry.occurredAt})`;
        output.err(`The audit trail is broken at entry ${verdict.sequence}${what}: ${verdict.problem}.`);
      }
      if (!verdict.intact) throw new ExitWithCode(BROKEN_CHAIN_EXIT);
    });
}

function logCommand(output: Output): Command {
  return new Command('log')
    .description('list recorded changes, oldest first')
    .option('--entity-type <type>', 'only this kind of entity, e.g. org_unit')
    .option('--entity-id <id>', 'only this entity, e.g. CN')
    .option('--json', 'print JSON instead of a table')
    .hook('preAction', loadServices)
    .action(async (options: { entityType?: string; entityId?: string; json?: boolean }) => {
      printListing(output, options.json, await withContext((ctx) => listAuditHistory(ctx, options)), (entries) =>
        formatTable(
          ['#', 'When', 'Who', 'Action', 'What', 'Why'],
          entries.map((e) => [
            String(e.sequence),
            e.occurredAt,
            e.actor,
            e.action,
            `${e.entityType} ${e.entityId}`,
            e.reason ?? '',
          ]),
        ),
      );
    });
}

function anchorCommand(output: Output): Command {
  return new Command('anchor')
    .description('accept the trail as it stands (after restoring an older backup, say) and anchor its head anew')
    .requiredOption('--reason <why>', 'why the trail is accepted; recorded in the trail itself')
    .hook('preAction', loadServices)
    .action(async (options: { reason: string }) => {
      const result = await withContext((ctx) => anchorAuditTrail(ctx, { reason: options.reason }));
      const before =
        result.previous === null
          ? 'there was no anchor before'
          : `it recorded entry ${result.previous.sequence} at ${result.previous.anchoredAt} before`;
      output.out(`Anchored the audit trail at entry ${result.sequence} in ${result.place}; ${before}.`);
    });
}

export function auditCommand(output: Output): Command {
  return new Command('audit')
    .description('the audit trail of every change')
    .addCommand(verifyCommand(output))
    .addCommand(anchorCommand(output))
    .addCommand(logCommand(output));
}
