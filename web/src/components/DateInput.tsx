import { useState, type SyntheticEvent } from 'react';

interface DateParts {
  day: string;
  month: string;
  year: string;
}

function partsOf(iso: string | undefined): DateParts {
  const [year = '', month = '', day = ''] = iso?.split('-') ?? [];
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
}

/** Checks the three fields the GOV.UK way and returns an ISO date, nothing (all empty) or a message. */
export function readDate(parts: DateParts): { date?: string; error?: string } {
  const { day, month, year } = parts;
  if (day === '' && month === '' && year === '') return {};
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { error: 'Date must be a real date, for example 15 5 2018' };
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso) {
    return { error: 'Date must be a real date, for example 15 5 2018' };
  }
  return { date: iso };
}

interface AsAtDateFormProps {
  legend: string;
  hint: string;
  value: string | undefined;
  onChange: (date: string | undefined) => void;
}

/** A GOV.UK date input (day, month, year) that submits an ISO date, or nothing for "today". */
export function AsAtDateForm({ legend, hint, value, onChange }: AsAtDateFormProps) {
  const [parts, setParts] = useState<DateParts>(partsOf(value));
  const [error, setError] = useState<string | undefined>();
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = readDate(parts);
    setError(result.error);
    if (result.error === undefined) onChange(result.date);
  };
  const field = (name: keyof DateParts, label: string, width: number) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`on-${name}`}>
          {label}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
          id={`on-${name}`}
          name={name}
          type="text"
          inputMode="numeric"
          value={parts[name]}
          onChange={(event) => {
            setParts({ ...parts, [name]: event.target.value.trim() });
          }}
        />
      </div>
    </div>
  );
  return (
    <form className="bl-date-form" onSubmit={submit} noValidate>
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" role="group" aria-describedby={error ? 'on-hint on-error' : 'on-hint'}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
          <div className="govuk-hint" id="on-hint">
            {hint}
          </div>
          {error ? (
            <p className="govuk-error-message" id="on-error">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <div className="govuk-date-input" id="on">
            {field('day', 'Day', 2)}
            {field('month', 'Month', 2)}
            {field('year', 'Year', 4)}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Show
      </button>
    </form>
  );
}
