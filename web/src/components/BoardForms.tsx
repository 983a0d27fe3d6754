import { useQueryClient } from '@tanstack/react-query';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { ApiError, sendJson } from '../api/client.js';
import { ACTION_STATUS_CHOICES, BOARD_CHOICES, type MeetingPage } from '../api/boardTypes.js';
import { readDate } from './DateInput.js';
import { FormSection, Radios, Select, TextArea, TextInput, type FormProblem } from './formParts.js';
import { firstMissing, useFormProblem, type ChangeFailure } from './useFindingChange.js';

interface Props {
  csrfToken: string;
  announce: (text: string) => void;
}

/** A form's text fields bound to its state: each field's id, value, error and change handler. */
function fieldBinder<F extends Record<string, string>>(
  fields: F,
  setFields: Dispatch<SetStateAction<F>>,
  errorFor: (id: string) => string | undefined,
) {
  return (name: keyof F, id: string) => ({
    id,
    value: fields[name],
    error: errorFor(id),
    onChange: (value: string) => {
      setFields((f) => ({ ...f, [name]: value }));
    },
  });
}

/** Sends one change to the board's records, then refetches the meetings and announces the outcome. */
function useBoardChange(csrfToken: string, announce: (text: string) => void) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<ChangeFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async <T,>(path: string, body: unknown, success: (result: T) => string): Promise<T | null> => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await sendJson<T>('POST', path, body, csrfToken);
      await queryClient.invalidateQueries({ queryKey: ['board'] });
      announce(success(result));
      return result;
    } catch (error) {
      setFailure({ message: (error as Error).message, field: error instanceof ApiError ? error.field : null });
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { send, failure, busy };
}

interface DateFieldProps {
  id: string;
  legend: string;
  hint: string;
  value: { day: string; month: string; year: string };
  error: string | undefined;
  onChange: (value: { day: string; month: string; year: string }) => void;
}

/** The GOV.UK date input: day, month and year; the day field carries the group's id for the error summary. */
function DateField({ id, legend, hint, value, error, onChange }: DateFieldProps) {
  const part = (name: 'day' | 'month' | 'year', label: string, width: number) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={name === 'day' ? id : `${id}-${name}`}>
          {label}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error === undefined ? '' : ' govuk-input--error'}`}
          id={name === 'day' ? id : `${id}-${name}`}
          name={`${id}-${name}`}
          type="text"
          inputMode="numeric"
          value={value[name]}
          onChange={(event) => {
            onChange({ ...value, [name]: event.target.value.trim() });
          }}
        />
      </div>
    </div>
  );
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
          {part('day', 'Day', 2)}
          {part('month', 'Month', 2)}
          {part('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}

const NO_DATE = { day: '', month: '', year: '' };

/** "Name | Role | apologies" lines: the attendees as a secretary types them. */
function attendeesOf(text: string) {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts.some((part) => part !== ''))
    .map(([name = '', role = '', attendance = '']) => ({
      name,
      role,
      attendance: /^apolog/i.test(attendance) ? 'apologies' : 'attended',
    }));
}

/** The first required field left empty, else the date's own problem, as a problem linked to its field. */
function firstProblem(
  checks: readonly [string, string, string][],
  read: { date?: string; error?: string },
  dateId: string,
  noDate: string,
): FormProblem | null {
  const missing = firstMissing(checks);
  if (missing !== null || read.date !== undefined) return missing;
  return { message: read.error ?? noDate, target: dateId };
}

type FieldOf = (
  name: 'title' | 'quarter' | 'attendees' | 'board',
  id: string,
) => { id: string; value: string; error: string | undefined; onChange: (value: string) => void };

function MeetingInputs(props: {
  field: FieldOf;
  date: typeof NO_DATE;
  setDate: (value: typeof NO_DATE) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { field, date, setDate, errorFor } = props;
  return (
    <>
      <Radios legend="Board" choices={BOARD_CHOICES} {...field('board', 'meeting-board')} />
      <DateField
        id="meeting-date"
        legend="Date of the meeting"
        hint="For example, 23 1 2019"
        value={date}
        error={errorFor('meeting-date')}
        onChange={setDate}
      />
      <TextInput
        label="Title"
        hint="For example, Performance Group: Quarter 3 review"
        {...field('title', 'meeting-title')}
      />
      <TextInput
        label="Quarter it reviews (optional)"
        hint="For example, 2018-19 Q3"
        widthClass="govuk-input--width-10"
        {...field('quarter', 'meeting-quarter')}
      />
      <TextArea
        label="Attendees (optional)"
        hint="One a line: name | role or organisation | attended or apologies"
        rows={4}
        {...field('attendees', 'meeting-attendees')}
      />
    </>
  );
}

const MEETING_IDS = ['meeting-board', 'meeting-date', 'meeting-title', 'meeting-quarter', 'meeting-attendees'];

/** Records a meeting of either board with who came. */
export function RecordMeetingForm({ csrfToken, announce }: Props) {
  const [fields, setFields] = useState({ board: '', title: '', quarter: '', attendees: '' });
  const [date, setDate] = useState(NO_DATE);
  const change = useBoardChange(csrfToken, announce);
  const { problem, setMissing, errorFor } = useFormProblem('meeting', MEETING_IDS, change.failure);
  const set = (name: keyof typeof fields) => (value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
  };
  const submit = async () => {
    const read = readDate(date);
    const missing = firstProblem(
      [
        ['meeting-board', fields.board, 'Choose the board that met'],
        ['meeting-title', fields.title, 'Enter the meeting’s title'],
      ],
      read,
      'meeting-date',
      'Enter the date of the meeting',
    );
    setMissing(missing);
    if (missing !== null) return;
    const body = {
      ...fields,
      date: read.date,
      quarter: fields.quarter.trim() === '' ? null : fields.quarter,
      attendees: attendeesOf(fields.attendees),
    };
    const done = await change.send<{ id: number }>(
      '/api/board/meetings',
      body,
      () => `Meeting “${fields.title.trim()}” recorded.`,
    );
    if (done !== null) {
      setFields({ board: fields.board, title: '', quarter: '', attendees: '' });
      setDate(NO_DATE);
    }
  };
  const field = (name: keyof typeof fields, id: string) => ({
    id,
    value: fields[name],
    error: errorFor(id),
    onChange: set(name),
  });
  return (
    <FormSection
      formId="meeting"
      heading="Record a meeting"
      problem={problem}
      busy={change.busy}
      submit="Record the meeting"
      onSubmit={() => void submit()}
    >
      <MeetingInputs field={field} date={date} setDate={setDate} errorFor={errorFor} />
    </FormSection>
  );
}

function ActionInputs(props: {
  field: (name: 'text' | 'owner', id: string) => ReturnType<FieldOf>;
  due: typeof NO_DATE;
  setDue: (value: typeof NO_DATE) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { field, due, setDue, errorFor } = props;
  return (
    <>
      <TextArea label="What is to be done" {...field('text', 'action-text')} />
      <TextInput
        label="Owner"
        hint="A person’s name or a role, for example Head of Performance"
        {...field('owner', 'action-owner')}
      />
      <DateField
        id="action-due"
        legend="Due"
        hint="For example, 31 3 2019"
        value={due}
        error={errorFor('action-due')}
        onChange={setDue}
      />
    </>
  );
}

const ACTION_IDS = ['action-text', 'action-owner', 'action-due'];

/** Raises an action at this meeting; it stays on the board's log until done or dropped. */
export function RaiseActionForm({ meeting, csrfToken, announce }: Props & { meeting: MeetingPage }) {
  const [fields, setFields] = useState({ text: '', owner: '' });
  const [due, setDue] = useState(NO_DATE);
  const change = useBoardChange(csrfToken, announce);
  const { problem, setMissing, errorFor } = useFormProblem('action', ACTION_IDS, change.failure);
  const submit = async () => {
    const read = readDate(due);
    const missing = firstProblem(
      [
        ['action-text', fields.text, 'Say what is to be done'],
        ['action-owner', fields.owner, 'Enter who is to do it'],
      ],
      read,
      'action-due',
      'Enter when the action is due',
    );
    setMissing(missing);
    if (missing !== null) return;
    const path = `/api/board/meetings/${meeting.id}/actions`;
    if (
      (await change.send<{ id: number }>(path, { ...fields, due: read.date }, (r) => `Action A${r.id} raised.`)) ===
      null
    )
      return;
    setFields({ text: '', owner: '' });
    setDue(NO_DATE);
  };
  const field = fieldBinder(fields, setFields, errorFor);
  return (
    <FormSection
      formId="action"
      heading="Raise an action"
      intro="It stays on the board’s actions log, meeting after meeting, until it is done or dropped."
      problem={problem}
      busy={change.busy}
      submit="Raise the action"
      onSubmit={() => void submit()}
    >
      <ActionInputs field={field} due={due} setDue={setDue} errorFor={errorFor} />
    </FormSection>
  );
}

const STATUS_IDS = ['status-action', 'status-status', 'status-note'];

/** Records the status of an action on the log, as at this meeting. */
export function ActionStatusForm({ meeting, csrfToken, announce }: Props & { meeting: MeetingPage }) {
  const open = meeting.actions.filter((a) => !a.closedHere && a.recordedAt?.id !== meeting.id);
  const [fields, setFields] = useState({ action: '', status: '', note: '' });
  const change = useBoardChange(csrfToken, announce);
  const { problem, setMissing, errorFor } = useFormProblem('status', STATUS_IDS, change.failure);
  if (open.length === 0) return null;
  const submit = async () => {
    const missing = firstMissing([
      ['status-action', fields.action, 'Choose the action'],
      ['status-status', fields.status, 'Choose its status'],
    ]);
    setMissing(missing);
    if (missing !== null) return;
    const label = ACTION_STATUS_CHOICES.find((c) => c.value === fields.status)?.label.toLowerCase() ?? fields.status;
    const path = `/api/board/meetings/${meeting.id}/actions/${fields.action}/status`;
    const done = await change.send(
      path,
      { status: fields.status, note: fields.note },
      () => `Action A${fields.action} recorded as ${label}.`,
    );
    if (done !== null) setFields({ action: '', status: '', note: '' });
  };
  const field = fieldBinder(fields, setFields, errorFor);
  return (
    <FormSection
      formId="status"
      heading="Record an action’s status"
      intro="As at this meeting. Done or dropped actions show once more on this meeting’s log, then leave it."
      problem={problem}
      busy={change.busy}
      submit="Record the status"
      onSubmit={() => void submit()}
    >
      <Select label="Action" {...field('action', 'status-action')}>
        <option value="">Choose an action</option>
        {open.map((a) => (
          <option value={String(a.id)} key={a.id}>
            A{a.id}: {a.text.length > 80 ? `${a.text.slice(0, 79)}…` : a.text}
          </option>
        ))}
      </Select>
      <Radios legend="Status" choices={ACTION_STATUS_CHOICES} {...field('status', 'status-status')} />
      <TextArea label="Note (optional)" {...field('note', 'status-note')} />
    </FormSection>
  );
}
