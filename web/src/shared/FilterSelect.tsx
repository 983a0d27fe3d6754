import type { ReactNode } from 'react';

/** One labelled choice in a filter row; the form reads its value by name when submitted. */
export function FilterSelect({
  id,
  label,
  value,
  options,
  wide = false,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  wide?: boolean;
}) {
  return (
    <div className={`govuk-form-group bl-filter${wide ? ' bl-filter--wide' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {/* A select's default value is applied once, as it mounts: keyed by the value and the
          choices, it mounts again when either changes, so choices that arrive late still show
          the chosen one rather than the first. */}
      <select
        key={[value, ...options.map((o) => o.value)].join('\u0000')}
        className="govuk-select bl-filter__select"
        id={id}
        name={id}
        defaultValue={value}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface HeldFilterProps {
  id: string;
  /** The field's name, where the form is also read as it is submitted. */
  name?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The options, and any option groups, built where this is rendered (see formParts' Select for why). */
  children: ReactNode;
}

/** One labelled choice in a filter row whose value the page holds as it changes. */
export function HeldFilter({ id, name, label, value, onChange, children }: HeldFilterProps) {
  return (
    <div className="govuk-form-group bl-filter">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <select
        className="govuk-select bl-filter__select"
        id={id}
        name={name}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {children}
      </select>
    </div>
  );
}

/** The text of a submitted form's field ('' when absent). */
export function formText(data: FormData, field: string): string {
  const value = data.get(field);
  return typeof value === 'string' ? value : '';
}

/** The button that applies a filter row. */
export function FilterSubmit({ label }: { label: string }) {
  return (
    <div className="govuk-form-group bl-filter bl-measure-form__button">
      <button type="submit" className="govuk-button" data-module="govuk-button">
        {label}
      </button>
    </div>
  );
}
