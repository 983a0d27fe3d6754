import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { useBcus, useOrganisation } from '../shared/queries.js';
import type { MilestoneListing } from './planTypes.js';
import { quartersOf, type Filters } from './trackerFilters.js';
import { HeldFilter } from '../shared/FilterSelect.js';

interface SelectProps {
  id: keyof Filters;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (key: keyof Filters, value: string) => void;
}

function Select({ id, label, value, options, onChange }: SelectProps) {
  return (
    <HeldFilter
      id={`filter-${id}`}
      label={label}
      value={value ?? ''}
      onChange={(next) => {
        onChange(id, next);
      }}
    >
      <option value="">Any</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </HeldFilter>
  );
}

function Check({
  id,
  label,
  checked,
  onChange,
}: {
  id: 'slipped' | 'flagged';
  label: string;
  checked: boolean;
  onChange: (key: keyof Filters, value: string) => void;
}) {
  return (
    <div className="govuk-checkboxes__item">
      <input
        className="govuk-checkboxes__input"
        id={`filter-${id}`}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onChange(id, event.target.checked ? 'true' : '');
        }}
      />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={`filter-${id}`}>
        {label}
      </label>
    </div>
  );
}

function useLeadOptions() {
  const organisation = useOrganisation(undefined);
  const bcus = useBcus(undefined);
  const groups = (organisation.data?.businessGroups ?? []).flatMap((group) => [
    { value: group.code, label: `${group.name} (all)` },
    ...group.units.map((unit) => ({ value: unit.code, label: `  ${unit.name}` })),
  ]);
  const bcuOptions = (bcus.data?.bcus ?? []).map((bcu) => ({ value: bcu.code, label: bcu.name }));
  return { groups, bcuOptions };
}

interface RowsProps {
  listing: MilestoneListing;
  draft: Filters;
  set: (key: keyof Filters, value: string) => void;
}

function WhenRow({ listing, draft, set }: RowsProps) {
  const quarters = quartersOf(listing.plan.firstYear, listing.plan.lastYear).map((q) => ({ value: q, label: q }));
  const statuses = [
    ...listing.statuses.map((s) => ({ value: s.code, label: s.label })),
    { value: 'none', label: 'No update yet' },
  ];
  return (
    <div className="bl-filters__row">
      <Select id="due" label="Due in" value={draft.due} options={quarters} onChange={set} />
      <Select id="dueBy" label="Due by, not delivered" value={draft.dueBy} options={quarters} onChange={set} />
      <Select id="reporting" label="On the report for" value={draft.reporting} options={quarters} onChange={set} />
      <Select id="status" label="Latest status" value={draft.status} options={statuses} onChange={set} />
    </div>
  );
}

function WhoRow({ listing, draft, set }: RowsProps) {
  const { groups, bcuOptions } = useLeadOptions();
  const programmes = listing.programmes.map((p) => ({ value: p.code, label: p.label }));
  return (
    <div className="bl-filters__row">
      <Select id="lead" label="Lead" value={draft.lead} options={groups} onChange={set} />
      <Select id="bcu" label="BCU" value={draft.bcu} options={bcuOptions} onChange={set} />
      <Select id="programme" label="Programme" value={draft.programme} options={programmes} onChange={set} />
      <div className="govuk-form-group bl-filter">
        <label className="govuk-label govuk-label--s" htmlFor="filter-text">
          Words
        </label>
        <input
          className="govuk-input"
          id="filter-text"
          type="search"
          value={draft.text ?? ''}
          onChange={(event) => {
            set('text', event.target.value);
          }}
        />
      </div>
    </div>
  );
}

/** The tracker's questions as a form; applying it rewrites the URL, so every view can be shared. */
export function TrackerFilterForm(props: {
  listing: MilestoneListing;
  filters: Filters;
  onApply: (filters: Filters) => void;
  clearTo: string;
}) {
  const { listing, onApply, clearTo } = props;
  const [draft, setDraft] = useState<Filters>(props.filters);
  const set = (key: keyof Filters, value: string) => {
    setDraft((current) => ({ ...current, [key]: value === '' ? undefined : value }));
  };
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="bl-filters" onSubmit={submit} aria-label="Filter milestones">
      <WhenRow listing={listing} draft={draft} set={set} />
      <WhoRow listing={listing} draft={draft} set={set} />
      <div className="govuk-checkboxes govuk-checkboxes--small bl-filters__checks">
        <Check id="slipped" label="Due date moved later" checked={draft.slipped === 'true'} onChange={set} />
        <Check
          id="flagged"
          label="Something for the author to check"
          checked={draft.flagged === 'true'}
          onChange={set}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Apply filters
        </button>
        <Link className="govuk-link" to={clearTo}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
