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
      <select className="govuk-select bl-filter__select" id={id} name={id} defaultValue={value}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
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
