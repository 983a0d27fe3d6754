import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';

/** A GOV.UK table's head row from its column titles. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column) => (
          <th scope="col" className="govuk-table__header" key={column}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  widthClass?: string;
}

/** A labelled GOV.UK text input. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  widthClass = 'govuk-input--width-20',
}: TextFieldProps) {
  return (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <input
        className={`govuk-input ${widthClass}`}
        id={id}
        name={id}
        type={type}
        autoComplete={autoComplete}
        spellCheck={false}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}

/** One row of a GOV.UK summary list. */
export function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** GOV.UK warning text: the icon is decoration, so screen readers hear "Warning" before the words instead. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}
