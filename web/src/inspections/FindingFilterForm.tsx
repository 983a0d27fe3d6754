import type { SyntheticEvent } from 'react';
import { Link } from 'react-router';
import {
  FINDING_FILTER_KEYS,
  FINDING_KINDS,
  FINDING_STATES,
  type FindingFilters,
  type InspectionDetail,
  type InspectionSummary,
} from './inspectionTypes.js';
import { FilterSelect, formText } from '../shared/FilterSelect.js';
import { KIND_WORDS, STATE_WORDS } from './inspectionText.js';

export interface FilterChoices {
  inspections: readonly InspectionSummary[];
  details: readonly InspectionDetail[];
  owners: readonly { value: string; label: string }[];
}

const ANY = { value: '', label: 'Any' };

/** Components grouped by nothing but named in full; from every report when no report is chosen. */
function componentOptions(details: readonly InspectionDetail[], inspection: string | undefined) {
  const chosen = details.filter((detail) => inspection === undefined || detail.key === inspection);
  const seen = new Map<string, string>();
  for (const detail of chosen)
    for (const pillar of detail.pillars)
      for (const component of pillar.components) seen.set(component.key, component.name);
  return [...seen].map(([value, label]) => ({ value, label }));
}

function OnDate({ value }: { value: string | undefined }) {
  return (
    <div className="govuk-form-group bl-filter">
      <label className="govuk-label govuk-label--s" htmlFor="on">
        Judge overdue on
      </label>
      <input className="govuk-input" id="on" name="on" type="date" defaultValue={value ?? ''} />
    </div>
  );
}

/** The tracker's questions as a form; applying it rewrites the URL, so every view can be shared. */
export function FindingFilterForm(props: {
  filters: FindingFilters;
  choices: FilterChoices;
  onApply: (filters: FindingFilters) => void;
}) {
  const { filters, choices, onApply } = props;
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: FindingFilters = {};
    for (const key of FINDING_FILTER_KEYS) {
      const value = formText(data, key);
      if (value !== '') next[key] = value;
    }
    onApply(next);
  };
  const inspections = choices.inspections.map((i) => ({ value: i.key, label: i.title }));
  const kinds = FINDING_KINDS.map((kind) => ({ value: kind, label: KIND_WORDS[kind] }));
  const states = FINDING_STATES.map((state) => ({ value: state, label: STATE_WORDS[state] }));
  const components = componentOptions(choices.details, filters.inspection);
  return (
    <form className="bl-filters" onSubmit={submit} aria-label="Filter findings">
      <div className="bl-filters__row">
        <FilterSelect id="inspection" label="Report" value={filters.inspection ?? ''} options={[ANY, ...inspections]} />
        <FilterSelect id="kind" label="Kind" value={filters.kind ?? ''} options={[ANY, ...kinds]} />
        <FilterSelect id="component" label="Component" value={filters.component ?? ''} options={[ANY, ...components]} />
      </div>
      <div className="bl-filters__row">
        <FilterSelect id="state" label="State" value={filters.state ?? ''} options={[ANY, ...states]} />
        <FilterSelect id="owner" label="Owner" value={filters.owner ?? ''} options={[ANY, ...choices.owners]} />
        <OnDate value={filters.on} />
      </div>
      <div className="govuk-checkboxes govuk-checkboxes--small bl-filters__checks">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id="overdue"
            name="overdue"
            type="checkbox"
            value="true"
            defaultChecked={filters.overdue === 'true'}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="overdue">
            Overdue only
          </label>
        </div>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Apply filters
        </button>
        <Link className="govuk-link" to="/findings">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
