import { useState } from 'react';
import { DateField, readDate, type DateParts } from '../shared/DateInput.js';
import { TextArea, TextInput, type FormProblem } from '../shared/formParts.js';
import {
  EditSection,
  isProblem,
  messageFor,
  usePrioritySend,
  useProblems,
  type PrioritySetBody,
} from './priorityEditing.js';
import type { PrioritySet } from './priorityTypes.js';

const FORM = 'record';
const PRIORITIES = `${FORM}-priorities`;
const MAX_QUALIFIER = 120;
const MAX_TEXT = 300;

interface Category {
  code: string;
  name: string;
}

interface Props {
  year: string;
  boroughCode: string;
  boroughName: string;
  eligible: readonly Category[];
  /** The version in force now, whose choices the form starts from; null when the year has none yet. */
  latest: PrioritySet | null;
  csrfToken: string;
  onProblems: (count: number) => void;
  onRecorded: (version: number) => void;
}

const checkboxId = (index: number, code: string) => (index === 0 ? PRIORITIES : `${PRIORITIES}-${code}`);
const qualifierId = (code: string) => `${FORM}-qualifier-${code}`;

/** The form's field for an API field name such as "priorities[1].qualifier" or "agreedOn". */
function fieldOf(field: string | null, sent: readonly string[]): string {
  const name = (field ?? '').replace(/^body\./, '');
  const choice = /^priorities\[(\d+)\]\.qualifier$/.exec(name);
  const code = choice === null ? undefined : sent[Number(choice[1])];
  if (code !== undefined) return qualifierId(code);
  if (name.startsWith('priorities')) return PRIORITIES;
  const known = ['agreedBy', 'agreedOn', 'source', 'reason'];
  return known.includes(name) ? `${FORM}-${name}` : PRIORITIES;
}

interface Fields {
  chosen: ReadonlyMap<string, string>;
  agreedBy: string;
  date: DateParts;
  source: string;
  reason: string;
}

/** Every problem the form can find before sending, in the order of its fields. */
function problemsOf(fields: Fields, eligible: readonly Category[], needsReason: boolean): FormProblem[] {
  const problems: FormProblem[] = [];
  if (fields.chosen.size === 0) problems.push({ message: 'Choose at least one priority', target: PRIORITIES });
  for (const category of eligible) {
    const qualifier = fields.chosen.get(category.code);
    if (qualifier !== undefined && qualifier.trim().length > MAX_QUALIFIER) {
      const message = `The detail for ${category.name.toLowerCase()} must be ${MAX_QUALIFIER} characters or fewer`;
      problems.push({ message, target: qualifierId(category.code) });
    }
  }
  if (fields.agreedBy.trim() === '') {
    problems.push({ message: 'Enter who agreed the priorities', target: `${FORM}-agreedBy` });
  } else if (fields.agreedBy.length > MAX_TEXT) {
    problems.push({ message: `Who agreed them must be ${MAX_TEXT} characters or fewer`, target: `${FORM}-agreedBy` });
  }
  const date = readDate(fields.date);
  if (date.error !== undefined) {
    problems.push({ message: 'The date they were agreed must be a real date', target: `${FORM}-agreedOn` });
  } else if (date.date === undefined) {
    problems.push({ message: 'Enter the date the priorities were agreed', target: `${FORM}-agreedOn` });
  }
  if (fields.source.length > MAX_TEXT) {
    problems.push({ message: `The source must be ${MAX_TEXT} characters or fewer`, target: `${FORM}-source` });
  }
  if (needsReason && fields.reason.trim() === '') {
    problems.push({ message: 'Enter the reason for the change', target: `${FORM}-reason` });
  } else if (fields.reason.length > 1000) {
    problems.push({ message: 'The reason must be 1000 characters or fewer', target: `${FORM}-reason` });
  }
  return problems;
}

function bodyOf(fields: Fields, eligible: readonly Category[], borough: string): PrioritySetBody {
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    borough,
    priorities: eligible
      .filter((c) => fields.chosen.has(c.code))
      .map((c) => ({ categoryCode: c.code, qualifier: optional(fields.chosen.get(c.code) ?? '') })),
    agreedBy: fields.agreedBy.trim(),
    agreedOn: readDate(fields.date).date ?? '',
    source: optional(fields.source),
    reason: optional(fields.reason),
  };
}

interface ChoiceProps {
  category: Category;
  index: number;
  /** The detail typed for the crime when it is chosen; undefined when it is not. */
  qualifier: string | undefined;
  error: string | undefined;
  update: (code: string, value: string | null) => void;
}

/** One crime's checkbox, revealing a field for its detail when it is chosen. */
function ChoiceItem({ category, index, qualifier, error, update }: ChoiceProps) {
  const id = checkboxId(index, category.code);
  return (
    <>
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={id}
          name="priorities"
          type="checkbox"
          value={category.code}
          checked={qualifier !== undefined}
          aria-controls={qualifier === undefined ? undefined : `${id}-conditional`}
          onChange={(event) => {
            update(category.code, event.target.checked ? '' : null);
          }}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          {category.name}
        </label>
      </div>
      {qualifier === undefined ? null : (
        <div className="govuk-checkboxes__conditional" id={`${id}-conditional`}>
          <TextInput
            id={qualifierId(category.code)}
            label={`Detail for ${category.name.toLowerCase()} (optional)`}
            value={qualifier}
            error={error}
            onChange={(value) => {
              update(category.code, value);
            }}
          />
        </div>
      )}
    </>
  );
}

interface ChoicesProps {
  eligible: readonly Category[];
  chosen: ReadonlyMap<string, string>;
  problems: readonly FormProblem[];
  onChange: (chosen: ReadonlyMap<string, string>) => void;
}

/** GOV.UK checkboxes, one for each crime a borough may choose; the first carries the group's id. */
function PriorityChoices({ eligible, chosen, problems, onChange }: ChoicesProps) {
  const error = messageFor(problems, PRIORITIES);
  const update = (code: string, value: string | null) => {
    const next = new Map(chosen);
    if (value === null) next.delete(code);
    else next.set(code, value);
    onChange(next);
  };
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={`${PRIORITIES}-hint${error ? ` ${PRIORITIES}-error` : ''}`}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Local priorities</legend>
        <div className="govuk-hint" id={`${PRIORITIES}-hint`}>
          Choose the crimes the borough agreed to focus on, usually two or three. Add detail where the agreement narrows
          a crime, such as &quot;moped-enabled&quot; for robbery.
        </div>
        {error === undefined ? null : (
          <p className="govuk-error-message" id={`${PRIORITIES}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {eligible.map((category, index) => (
            <ChoiceItem
              key={category.code}
              category={category}
              index={index}
              qualifier={chosen.get(category.code)}
              error={messageFor(problems, qualifierId(category.code))}
              update={update}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function useRecordForm(props: Props) {
  const { year, boroughCode, eligible, latest, csrfToken } = props;
  const [fields, setFields] = useState<Fields>(() => ({
    chosen: new Map(latest?.priorities.map((p) => [p.categoryCode, p.qualifier ?? '']) ?? []),
    agreedBy: latest?.agreedBy ?? '',
    date: { day: '', month: '', year: '' },
    source: '',
    reason: '',
  }));
  const { problems, show } = useProblems(props.onProblems);
  const sent = eligible.filter((c) => fields.chosen.has(c.code)).map((c) => c.code);
  const { send, busy } = usePrioritySend(csrfToken, (field) => fieldOf(field, sent));
  const submit = async () => {
    const found = problemsOf(fields, eligible, latest !== null);
    show(found);
    if (found.length > 0) return;
    const path = `/api/priorities/${encodeURIComponent(year)}/sets`;
    const result = await send<{ version: number }>('POST', path, bodyOf(fields, eligible, boroughCode));
    if (isProblem(result)) show([result]);
    else props.onRecorded(result.version);
  };
  const text = (name: 'agreedBy' | 'source' | 'reason') => ({
    id: `${FORM}-${name}`,
    value: fields[name],
    error: messageFor(problems, `${FORM}-${name}`),
    onChange: (value: string) => {
      setFields((f) => ({ ...f, [name]: value }));
    },
  });
  const set =
    <K extends keyof Fields>(name: K) =>
    (value: Fields[K]) => {
      setFields((f) => ({ ...f, [name]: value }));
    };
  return { fields, set, text, problems, busy, submit };
}

/** Records a borough's priorities for a year: a first set, or a new version that says why it changed. */
export function RecordPrioritiesForm(props: Props) {
  const { year, boroughName, eligible, latest } = props;
  const { fields, set, text, problems, busy, submit } = useRecordForm(props);
  const reasonHint =
    latest === null
      ? `${boroughName} has no priorities for ${year} yet, so no reason is needed.`
      : `${boroughName} already has priorities for ${year} (version ${latest.version}), so this is a new version: say why they changed. The earlier version is kept.`;
  return (
    <EditSection formId={FORM} problems={problems} busy={busy} submit="Record the priorities" onSubmit={submit}>
      <PriorityChoices eligible={eligible} chosen={fields.chosen} problems={problems} onChange={set('chosen')} />
      <TextInput
        {...text('agreedBy')}
        label="Agreed by"
        hint={`Who agreed them, for example ${boroughName} Council, its BCU commander and MOPAC`}
      />
      <DateField
        id={`${FORM}-agreedOn`}
        legend="Agreed on"
        hint="The set counts from the first full month after this date. For example, 15 10 2018"
        value={fields.date}
        error={messageFor(problems, `${FORM}-agreedOn`)}
        onChange={set('date')}
      />
      <TextInput {...text('source')} label="Source (optional)" hint="Where the agreement is written down" />
      <TextArea
        {...text('reason')}
        label={latest === null ? 'Reason (optional)' : 'Reason for the change'}
        hint={reasonHint}
      />
    </EditSection>
  );
}
