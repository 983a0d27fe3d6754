import type { BodyOf } from '../shared/apiTypes.js';
import type { EvidenceItem } from './findingResponseTypes.js';
import { TextInput, type FormProblem } from '../shared/formParts.js';

export interface EvidenceRow {
  title: string;
  url: string;
}

export const NO_EVIDENCE: readonly EvidenceRow[] = [{ title: '', url: '' }];

/** The rows somebody filled in, as the API takes them; empty rows are left out. */
export function evidenceToSend(rows: readonly EvidenceRow[]): NonNullable<BodyOf<'respondToFinding'>['evidence']> {
  return rows
    .map((row) => ({ title: row.title.trim(), url: row.url.trim() }))
    .filter((row) => row.title !== '' || row.url !== '')
    .map((row) => (row.url === '' ? { title: row.title } : row));
}

/** The ids of the evidence fields, so that a problem the API names can be linked to its field. */
export function evidenceFieldIds(formId: string, rows: readonly EvidenceRow[]): string[] {
  return rows.flatMap((_, index) => [`${formId}-evidence-${index}-title`, `${formId}-evidence-${index}-url`]);
}

interface RowProps {
  id: string;
  number: number;
  row: EvidenceRow;
  errorFor: (id: string) => string | undefined;
  onChange: (change: Partial<EvidenceRow>) => void;
  onRemove: (() => void) | undefined;
}

function EvidenceRowFields({ id, number, row, errorFor, onChange, onRemove }: RowProps) {
  return (
    <div className="bl-evidence-row">
      <h3 className="govuk-heading-s bl-evidence-row__heading">Evidence {number}</h3>
      <TextInput
        id={`${id}-title`}
        label="What it is"
        value={row.title}
        error={errorFor(`${id}-title`)}
        onChange={(title) => {
          onChange({ title });
        }}
      />
      <TextInput
        id={`${id}-url`}
        label="Web address (optional)"
        type="url"
        value={row.url}
        error={errorFor(`${id}-url`)}
        onChange={(url) => {
          onChange({ url });
        }}
      />
      {onRemove === undefined ? null : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary bl-evidence-row__remove"
          onClick={onRemove}
        >
          Remove<span className="govuk-visually-hidden"> evidence {number}</span>
        </button>
      )}
    </div>
  );
}

interface EvidenceRowsProps {
  formId: string;
  rows: readonly EvidenceRow[];
  problem: FormProblem | null;
  hint: string;
  onChange: (rows: EvidenceRow[]) => void;
}

/** The GOV.UK "add another" pattern: one title and an optional web address per piece of evidence. */
export function EvidenceRows({ formId, rows, problem, hint, onChange }: EvidenceRowsProps) {
  const set = (index: number, change: Partial<EvidenceRow>) => {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  };
  const errorFor = (id: string) => (problem?.target === id ? problem.message : undefined);
  return (
    <fieldset className="govuk-fieldset bl-evidence-rows" aria-describedby={`${formId}-evidence-hint`}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Evidence</legend>
      <div className="govuk-hint" id={`${formId}-evidence-hint`}>
        {hint}
      </div>
      {rows.map((row, index) => (
        <EvidenceRowFields
          key={index}
          id={`${formId}-evidence-${index}`}
          number={index + 1}
          row={row}
          errorFor={errorFor}
          onChange={(change) => {
            set(index, change);
          }}
          onRemove={
            rows.length > 1
              ? () => {
                  onChange(rows.filter((_, i) => i !== index));
                }
              : undefined
          }
        />
      ))}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => {
          onChange([...rows, { title: '', url: '' }]);
        }}
      >
        Add another piece of evidence
      </button>
    </fieldset>
  );
}

/** A piece of evidence as a reader follows it: a link when it has a web address. */
export function EvidenceTitle({ item }: { item: EvidenceItem }) {
  if (item.url === null) return <>{item.title}</>;
  return (
    <a className="govuk-link" href={item.url} rel="noreferrer noopener">
      {item.title}
    </a>
  );
}
