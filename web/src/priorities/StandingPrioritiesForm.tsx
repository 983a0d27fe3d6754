import { useState } from 'react';
import { Select, TextArea, TextInput, type FormProblem } from '../shared/formParts.js';
import {
  EditSection,
  isProblem,
  messageFor,
  usePrioritySend,
  useProblems,
  type CategoryChoices,
  type MeasureList,
} from './priorityEditing.js';
import type { StandingPriority } from './priorityTypes.js';

const FORM = 'standing';

const KINDS: Readonly<Record<StandingPriority['kind'], string>> = {
  everywhere: 'In every borough',
  'high-harm': 'Mandatory high-harm crime',
};
const POLARITIES: Readonly<Record<StandingPriority['polarity'], string>> = {
  'lower-is-better': 'Lower is better',
  'higher-is-better': 'Higher is better',
  'increase-in-reporting-wanted': 'An increase in reporting is wanted',
  'context-only': 'Context only',
};
const BLANK: Row = {
  code: '',
  name: '',
  kind: 'high-harm',
  categoryCode: null,
  measureCode: null,
  repeatMeasureCode: null,
  polarity: 'lower-is-better',
  removed: false,
};

interface Row extends StandingPriority {
  readonly removed: boolean;
}

interface Props {
  standing: readonly StandingPriority[];
  categories: CategoryChoices['categories'];
  measures: MeasureList['measures'];
  csrfToken: string;
  announce: (text: string) => void;
  onProblems: (count: number) => void;
}

const idOf = (index: number, field: string) => `${FORM}-${index}-${field}`;

/** A new priority's code from its name: "Knife crime" is knife-crime. */
function codeOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** What the API keeps of a row. */
function itemOf(row: Row): StandingPriority {
  const { code, name, kind, categoryCode, measureCode, repeatMeasureCode, polarity } = row;
  return { code, name: name.trim(), kind, categoryCode, measureCode, repeatMeasureCode, polarity };
}

function problemsOf(rows: readonly Row[]): FormProblem[] {
  const problems: FormProblem[] = [];
  const codes = new Set<string>();
  rows.forEach((row, index) => {
    if (row.removed) return;
    const target = idOf(index, 'name');
    if (row.name.trim() === '') problems.push({ message: `Enter the name of standing priority ${index + 1}`, target });
    else if (row.name.length > 120) problems.push({ message: `${row.name} must be 120 characters or fewer`, target });
    else if (codes.has(row.code)) problems.push({ message: `${row.name} is listed twice`, target });
    codes.add(row.code);
  });
  return problems;
}

/** The API field a refusal names, such as "standing[2].measureCode", as the field of the row it came from. */
function targetOf(field: string | null, sentRows: readonly number[]): string {
  const match = /^standing\[(\d+)\]\.(\w+)$/.exec((field ?? '').replace(/^body\./, ''));
  const row = match === null ? undefined : sentRows[Number(match[1])];
  if (match === null || row === undefined) return field === 'reason' ? `${FORM}-reason` : idOf(0, 'name');
  return idOf(row, match[2] === 'code' ? 'name' : (match[2] ?? 'name'));
}

interface RowProps {
  row: Row;
  index: number;
  categories: Props['categories'];
  measures: Props['measures'];
  problems: readonly FormProblem[];
  change: (row: Row) => void;
}

/** A select of crime categories or measures, or none, for one of a row's links. */
function CodeSelect({
  row,
  index,
  categories,
  measures,
  problems,
  change,
  field,
  label,
}: RowProps & {
  field: 'categoryCode' | 'measureCode' | 'repeatMeasureCode';
  label: string;
}) {
  return (
    <div className="govuk-grid-column-one-third">
      <Select
        id={idOf(index, field)}
        label={label}
        value={row[field] ?? ''}
        error={messageFor(problems, idOf(index, field))}
        onChange={(value) => {
          change({ ...row, [field]: value === '' ? null : value });
        }}
      >
        <option value="">None</option>
        {(field === 'categoryCode' ? categories : measures).map((item) => (
          <option key={item.code} value={item.code}>
            {item.name}
          </option>
        ))}
      </Select>
    </div>
  );
}

function Choices<K extends string>({ words }: { words: Readonly<Record<K, string>> }) {
  return Object.entries<string>(words).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

function RemoveBox({ row, index, change }: Pick<RowProps, 'row' | 'index' | 'change'>) {
  return (
    <div className="govuk-checkboxes govuk-checkboxes--small">
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={idOf(index, 'removed')}
          type="checkbox"
          checked={row.removed}
          onChange={(event) => {
            change({ ...row, removed: event.target.checked });
          }}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={idOf(index, 'removed')}>
          Remove {row.name.trim() === '' ? 'this priority' : row.name.toLowerCase()}
        </label>
      </div>
    </div>
  );
}

function StandingRow(props: RowProps) {
  const { row, index, problems, change } = props;
  return (
    <fieldset className="govuk-fieldset bl-standing-row">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        {row.name.trim() === '' ? `Standing priority ${index + 1}` : row.name}
      </legend>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <TextInput
            id={idOf(index, 'name')}
            label="Name"
            value={row.name}
            error={messageFor(problems, idOf(index, 'name'))}
            widthClass="govuk-!-width-full"
            onChange={(name) => {
              change({ ...row, name });
            }}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id={idOf(index, 'kind')}
            label="Kind"
            value={row.kind}
            onChange={(k) => {
              change({ ...row, kind: k as Row['kind'] });
            }}
          >
            <Choices words={KINDS} />
          </Select>
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id={idOf(index, 'polarity')}
            label="Which way is better"
            value={row.polarity}
            error={messageFor(problems, idOf(index, 'polarity'))}
            onChange={(p) => {
              change({ ...row, polarity: p as Row['polarity'] });
            }}
          >
            <Choices words={POLARITIES} />
          </Select>
        </div>
      </div>
      <div className="govuk-grid-row">
        <CodeSelect {...props} field="categoryCode" label="Crime counted" />
        <CodeSelect {...props} field="measureCode" label="Measure" />
        <CodeSelect {...props} field="repeatMeasureCode" label="Repeat victimisation measure" />
      </div>
      <RemoveBox row={row} index={index} change={change} />
    </fieldset>
  );
}

function useStandingForm(props: Props) {
  const [rows, setRows] = useState<Row[]>(() => props.standing.map((s) => ({ ...s, removed: false })));
  const [reason, setReason] = useState('');
  const { problems, show } = useProblems(props.onProblems);
  const sentRows = rows.flatMap((row, index) => (row.removed ? [] : [index]));
  const { send, busy } = usePrioritySend(props.csrfToken, (field) => targetOf(field, sentRows));
  const submit = async () => {
    const found = problemsOf(rows);
    show(found);
    if (found.length > 0) return;
    const standing = rows.filter((r) => !r.removed).map(itemOf);
    const body = { standing, ...(reason.trim() === '' ? {} : { reason: reason.trim() }) };
    const result = await send('PUT', '/api/priorities/standing', body);
    if (isProblem(result)) show([result]);
    else {
      setRows(standing.map((s) => ({ ...s, removed: false })));
      setReason('');
      props.announce(`The ${standing.length} standing priorities are saved.`);
    }
  };
  const change = (index: number) => (next: Row) => {
    // An existing priority keeps its code, which scorecards and history refer to; a new one takes it from its name.
    const code = props.standing.some((s) => s.code === rows[index]?.code) ? next.code : codeOf(next.name);
    setRows(rows.map((r, i) => (i === index ? { ...next, code } : r)));
  };
  const add = () => {
    setRows([...rows, BLANK]);
  };
  return { rows, reason, setReason, problems, busy, submit, change, add };
}

/** The standing priorities every borough has: change, add or remove them, with the reason for the change. */
export function StandingPrioritiesForm(props: Props) {
  const form = useStandingForm(props);
  const intro = (
    <p className="govuk-body">
      Anti-social behaviour and the mandatory high-harm crimes are priorities in every borough, beside the crimes each
      borough chooses. Each is judged by a crime category&apos;s counts or, for crimes that are flags on offences such
      as domestic abuse, by a measure; leave both as none where neither is held yet.
    </p>
  );
  return (
    <EditSection
      formId={FORM}
      heading="Priorities every borough has"
      intro={intro}
      problems={form.problems}
      busy={form.busy}
      submit="Save the standing priorities"
      onSubmit={form.submit}
    >
      {form.rows.map((row, index) => (
        <StandingRow
          key={index}
          row={row}
          index={index}
          categories={props.categories}
          measures={props.measures}
          problems={form.problems}
          change={form.change(index)}
        />
      ))}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        onClick={form.add}
      >
        Add a standing priority
      </button>
      <TextArea
        id={`${FORM}-reason`}
        label="Reason for the change (optional)"
        hint="Kept in the history of changes"
        value={form.reason}
        error={messageFor(form.problems, `${FORM}-reason`)}
        onChange={form.setReason}
      />
    </EditSection>
  );
}
