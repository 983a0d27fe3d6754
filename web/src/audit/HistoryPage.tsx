import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { HistoryFilterForm, HISTORY_FILTER_KEYS } from './HistoryFilterForm.js';
import { CursorPagination } from '../shared/CursorPagination.js';
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

function HistoryTable({ history }: { history: AuditHistory }) {
  const { entries, total, newer } = history;
  const first = newer + 1;
  const caption =
    entries.length === 0
      ? 'No recorded changes match'
      : `Changes ${first.toLocaleString('en-GB')} to ${(first + entries.length - 1).toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}, newest first`;
  return (
    <div className="bl-table-scroll" role="region" aria-label="Recorded changes" tabIndex={0}>
      <Table caption={caption} columns={['When', 'Who', 'What', 'Why']} id="history">
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
    </div>
  );
}

export function HistoryPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = Object.fromEntries(
    HISTORY_FILTER_KEYS.flatMap((key) => {
      const value = searchParams.get(key);
      return value === null || value === '' ? [] : [[key, value]];
    }),
  ) as Partial<Record<(typeof HISTORY_FILTER_KEYS)[number], string>>;
  const cursor = searchParams.get('cursor') ?? undefined;
  usePageTitle(`History of ${filters.entityId ?? 'all changes'}`);
  const history = useQuery({
    queryKey: ['audit', filters, cursor],
    queryFn: () => getJson<AuditHistory>('/api/audit', { ...filters, cursor }),
  });
  const hrefOf = (at?: string | null) =>
    `/history?${new URLSearchParams({ ...filters, ...(at ? { cursor: at } : {}) }).toString()}`;
  return (
    <>
      <span className="govuk-caption-l">{filters.entityType ?? 'Every entity'}</span>
      <h1 className="govuk-heading-l">History of {filters.entityId ?? 'all changes'}</h1>
      <p className="govuk-body">
        Every change is recorded with who made it, when and why, in a tamper-evident audit trail.
      </p>
      <HistoryFilterForm
        filters={filters}
        onApply={(next) => {
          setSearchParams(next);
        }}
      />
      <QueryState {...history} what="the history">
        {(found) => (
          <>
            <HistoryTable history={found} />
            <CursorPagination
              firstHref={cursor === undefined ? null : hrefOf(null)}
              nextHref={found.next === null ? null : hrefOf(found.next)}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
