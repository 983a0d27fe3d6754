import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';

/** A column of a table's head: its title, and any classes beyond the header's own (numeric, width). */
export type Column = string | { label: ReactNode; className: string };

/** A column of figures, its title aligned with them. */
export const numericColumn = (label: ReactNode): Column => ({ label, className: 'govuk-table__header--numeric' });

/** A GOV.UK table's head row from its columns. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column, index) =>
          typeof column === 'string' ? (
            <th scope="col" className="govuk-table__header" key={index}>
              {column}
            </th>
          ) : (
            <th scope="col" className={`govuk-table__header ${column.className}`} key={index}>
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

interface TableProps {
  caption: ReactNode;
  captionSize?: 's' | 'm';
  columns: readonly Column[];
  id?: string;
  className?: string;
  /** The body's rows. */
  children: ReactNode;
}

/**
 * A GOV.UK table: its caption, a head row from the column titles, and the rows it is given. It
 * scrolls sideways on its own on a narrow screen rather than making the whole page wider.
 */
export function Table({ caption, captionSize = 'm', columns, id, className, children }: TableProps) {
  return (
    <div className="bl-table-scroll">
      <table className={className === undefined ? 'govuk-table' : `govuk-table ${className}`} id={id}>
        <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
        <TableHead columns={columns} />
        <tbody className="govuk-table__body">{children}</tbody>
      </table>
    </div>
  );
}

/** A body row whose first cell heads it. */
export function HeadedRow({ head, className, children }: { head: ReactNode; className?: string; children: ReactNode }) {
  return (
    <tr className={className === undefined ? 'govuk-table__row' : `govuk-table__row ${className}`}>
      <th scope="row" className="govuk-table__header">
        {head}
      </th>
      {children}
    </tr>
  );
}

/** A cell of figures, aligned to the right. */
export function NumberCell({ children }: { children: ReactNode }) {
  return <td className="govuk-table__cell govuk-table__cell--numeric">{children}</td>;
}

/** A page's headline figures, each a large number over what it counts; `children` adds figures of other shapes. */
export function Figures({
  figures,
  children,
}: {
  figures: readonly { value: ReactNode; label: string }[];
  children?: ReactNode;
}) {
  return (
    <div className="bl-figures">
      {figures.map((figure) => (
        <div className="bl-figure" key={figure.label}>
          <span className="bl-figure__value">{figure.value}</span>
          <span className="bl-figure__label">{figure.label}</span>
        </div>
      ))}
      {children}
    </div>
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
