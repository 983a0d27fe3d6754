import { useState, type SyntheticEvent } from 'react';

export interface DateParts {
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

const PARTS = [
  { name: 'day', label: 'Day', width: 2 },
  { name: 'month', label: 'Month', width: 2 },
  { name: 'year', label: 'Year', width: 4 },
] as const;

interface DateInputItemsProps {
  idOf: (name: keyof DateParts) => string;
  nameOf: (name: keyof DateParts) => string;
  value: DateParts;
  error: boolean;
  onChange: (value: DateParts) => void;
}

/** The day, month and year fields of a GOV.UK date input. */
export function DateInputItems({ idOf, nameOf, value, error, onChange }: DateInputItemsProps) {
  return PARTS.map(({ name, label, width }) => (
    <div className="govuk-date-input__item" key={name}>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={idOf(name)}>
          {label}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
          id={idOf(name)}
          name={nameOf(name)}
          type="text"
          inputMode="numeric"
          value={value[name]}
          onChange={(event) => {
            onChange({ ...value, [name]: event.target.value.trim() });
          }}
        />
      </div>
    </div>
  ));
}

interface DateFieldProps {
  id: string;
  legend: string;
  hint: string;
  value: DateParts;
  error: string | undefined;
  onChange: (value: DateParts) => void;
}

/** A date field of a form: the day field carries the group's id for the error summary. */
export function DateField({ id, legend, hint, value, error, onChange }: DateFieldProps) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={`${id}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
        {error === undefined ? null : (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-date-input">
          <DateInputItems
            idOf={(name) => (name === 'day' ? id : `${id}-${name}`)}
            nameOf={(name) => `${id}-${name}`}
            value={value}
            error={error !== undefined}
            onChange={onChange}
          />
        </div>
      </fieldset>
    </div>
  );
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
            <DateInputItems
              idOf={(name) => `on-${name}`}
              nameOf={(name) => name}
              value={parts}
              error={Boolean(error)}
              onChange={setParts}
            />
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Show
      </button>
    </form>
  );
}
