import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { getJson } from '../shared/client.js';
import type { AuditEntry, AuditHistory } from '../shared/types.js';
import { QueryState } from '../shared/QueryState.js';
import { Table } from '../shared/govuk.js';
import { usePageTitle } from '../shared/usePageTitle.js';

/** "name: Strategy and Governance → Strategy and Performance" for each field that changed. */
function describeChanges(entry: AuditEntry): string[] {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  if (entry.action !== 'update') return [];
  return Object.keys({ ...before, ...after })
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key}: ${JSON.stringify(before[key] ?? null)} → ${JSON.stringify(after[key] ?? null)}`);
}

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

function HistoryTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <Table caption={<>{entries.length} recorded changes</>} columns={['When', 'Who', 'What', 'Why']} id="history">
      {entries.map((entry) => (
        <tr className="govuk-table__row" key={entry.sequence}>
          <td className="govuk-table__cell">{WHEN.format(new Date(entry.occurredAt))}</td>
          <td className="govuk-table__cell">{entry.actor}</td>
          <td className="govuk-table__cell">
            {entry.action} {entry.entityType} {entry.entityId}
            {describeChanges(entry).map((change) => (
              <span className="govuk-hint govuk-!-margin-bottom-0 bl-change" key={change}>
                {change}
              </span>
            ))}
          </td>
          <td className="govuk-table__cell">{entry.reason ?? ''}</td>
        </tr>
      ))}
    </Table>
  );
}

export function HistoryPage() {
  const [searchParams] = useSearchParams();
  const entityType = searchParams.get('entityType') ?? undefined;
  const entityId = searchParams.get('entityId') ?? undefined;
  usePageTitle(`History of ${entityId ?? 'all changes'}`);
  const history = useQuery({
    queryKey: ['audit', entityType, entityId],
    queryFn: () => getJson<AuditHistory>('/api/audit', { entityType, entityId }),
  });
  return (
    <>
      <span className="govuk-caption-l">{entityType ?? 'Every entity'}</span>
      <h1 className="govuk-heading-l">History of {entityId ?? 'all changes'}</h1>
      <p className="govuk-body">
        Every change is recorded with who made it, when and why, in a tamper-evident audit trail.
      </p>
      <QueryState {...history} what="the history">
        {({ entries }) => <HistoryTable entries={entries} />}
      </QueryState>
    </>
  );
}
