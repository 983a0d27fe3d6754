import type { SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { formText } from '../shared/FilterSelect.js';

export const HISTORY_FILTER_KEYS = ['actor', 'entityType', 'entityId', 'from', 'to'] as const;
type HistoryFilters = Partial<Record<(typeof HISTORY_FILTER_KEYS)[number], string>>;

const FIELDS: readonly { key: (typeof HISTORY_FILTER_KEYS)[number]; label: string; type: 'text' | 'date' }[] = [
  { key: 'actor', label: 'Who (account name)', type: 'text' },
  { key: 'entityType', label: 'Kind of record', type: 'text' },
  { key: 'entityId', label: 'Which record', type: 'text' },
  { key: 'from', label: 'From', type: 'date' },
  { key: 'to', label: 'To', type: 'date' },
];

/** The history's filters as a form; applying one starts again at the first page. */
export function HistoryFilterForm({
  filters,
  onApply,
}: {
  filters: HistoryFilters;
  onApply: (filters: Record<string, string>) => void;
}) {
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const chosen: Record<string, string> = {};
    for (const key of HISTORY_FILTER_KEYS) {
      const value = formText(data, key).trim();
      if (value !== '') chosen[key] = value;
    }
    onApply(chosen);
  };
  return (
    <form className="bl-filters" onSubmit={submit} aria-label="Filter the history">
      <div className="bl-filters__row">
        {FIELDS.map(({ key, label, type }) => (
          <div className="govuk-form-group bl-filter" key={`${key}-${filters[key] ?? ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor={`history-${key}`}>
              {label}
            </label>
            <input
              className={`govuk-input ${type === 'date' ? 'govuk-input--width-10' : 'govuk-input--width-20'}`}
              id={`history-${key}`}
              name={key}
              type={type}
              defaultValue={filters[key] ?? ''}
              spellCheck={false}
            />
          </div>
        ))}
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Show changes
        </button>
        <Link className="govuk-link" to="/history">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
