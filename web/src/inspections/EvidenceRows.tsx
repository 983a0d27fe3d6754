import { useEffect, useRef } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { base64Of } from '../shared/fileUpload.js';
import type { EvidenceItem } from './findingResponseTypes.js';
import { TextInput, type FormProblem } from '../shared/formParts.js';

export interface EvidenceRow {
  /** Keeps each row's file input with its row when an earlier row is removed. */
  key: number;
  title: string;
  url: string;
  file: File | null;
}

let lastKey = 0;

export function emptyEvidenceRow(): EvidenceRow {
  lastKey += 1;
  return { key: lastKey, title: '', url: '', file: null };
}

export const NO_EVIDENCE: readonly EvidenceRow[] = [{ key: 0, title: '', url: '', file: null }];

type EvidenceToSend = NonNullable<BodyOf<'respondToFinding'>['evidence']>[number];

/**
 * The rows somebody filled in, as the API takes them, files read as base64; empty rows are left
 * out. A row with both a file and a web address sends both, and the API asks for one or the other.
 */
export async function evidenceToSend(rows: readonly EvidenceRow[]): Promise<EvidenceToSend[]> {
  const filled = rows.filter((row) => row.title.trim() !== '' || row.url.trim() !== '' || row.file !== null);
  return Promise.all(
    filled.map(async (row): Promise<EvidenceToSend> => {
      const title = row.title.trim();
      const url = row.url.trim();
      const link = url === '' ? { title } : { title, url };
      if (row.file === null) return link;
      return { ...link, fileName: row.file.name, contentBase64: await base64Of(row.file) };
    }),
  );
}

/** The ids of the evidence fields, so that a problem the API names can be linked to its field. */
export function evidenceFieldIds(formId: string, rows: readonly EvidenceRow[]): string[] {
  return rows.flatMap((_, index) => ['title', 'url', 'content'].map((field) => `${formId}-evidence-${index}-${field}`));
}

const FILE_TYPES = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.csv,.txt';

/** A GOV.UK file upload; emptied when its row is, as after the form is sent. */
function FileField(props: {
  id: string;
  file: File | null;
  error: string | undefined;
  onChange: (file: File | null) => void;
}) {
  const { id, file, error, onChange } = props;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (file === null && input.current !== null) input.current.value = '';
  }, [file]);
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        Or a file (optional)
      </label>
      <div className="govuk-hint" id={`${id}-hint`}>
        PDF, image, Word, Excel, PowerPoint, CSV or text; at most 5 MB
      </div>
      {error === undefined ? null : (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        ref={input}
        className={`govuk-file-upload${error === undefined ? '' : ' govuk-file-upload--error'}`}
        id={id}
        name={id}
        type="file"
        accept={FILE_TYPES}
        aria-describedby={error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
        onChange={(e) => {
          onChange(e.target.files?.[0] ?? null);
        }}
      />
    </div>
  );
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
      <FileField
        id={`${id}-content`}
        file={row.file}
        error={errorFor(`${id}-content`)}
        onChange={(file) => {
          onChange({ file });
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

/** The GOV.UK "add another" pattern: one title and an optional web address or file per piece of evidence. */
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
          key={row.key}
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
          onChange([...rows, emptyEvidenceRow()]);
        }}
      >
        Add another piece of evidence
      </button>
    </fieldset>
  );
}

/** A file's size as people read it: in KB, or MB from a megabyte up. */
export function fileSize(bytes: number | null): string {
  const size = bytes ?? 0;
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(size / 1024))} KB`;
}

/** A piece of evidence as a reader follows it: a download when it is a file, a link when it has a web address. */
export function EvidenceTitle({ item }: { item: EvidenceItem }) {
  if (item.download !== null) {
    return (
      <>
        <a className="govuk-link" href={item.download} download>
          {item.title}
        </a>{' '}
        <span className="bl-secondary">
          (file: {item.fileName}, {fileSize(item.sizeBytes)})
        </span>
      </>
    );
  }
  if (item.url === null) return <>{item.title}</>;
  return (
    <a className="govuk-link" href={item.url} rel="noreferrer noopener">
      {item.title}
    </a>
  );
}
