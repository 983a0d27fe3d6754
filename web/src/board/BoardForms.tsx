import { useState, type Dispatch, type SetStateAction } from 'react';
import type { ResponseOf } from '../shared/apiTypes.js';
import { ACTION_STATUS_CHOICES, type BoardInfo, type MeetingPage } from './boardTypes.js';
import {
  AttendeeFields,
  BLANK_ATTENDEE,
  attendeeChecks,
  attendeeFieldIds,
  filledAttendees,
  type AttendeeRow,
} from './AttendeeFields.js';
import { DateField, readDate } from '../shared/DateInput.js';
import { FormSection, Radios, Select, TextArea, TextInput, type FormProblem } from '../shared/formParts.js';
import { firstMissing, useChange, useFormProblem } from '../shared/useChange.js';

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

/** A change to the board's records touches its meetings and their actions. */
const TOUCHED = ['board'];

const NO_DATE = { day: '', month: '', year: '' };

/**
 * A board form's state: its fields (and date, where it has one), the change it sends and the problem
 * it shows. `send` shows the problem found before sending, if there is one, and sends nothing then.
 */
function useBoardForm<F extends Record<string, string>>(
  formId: string,
  ids: readonly string[],
  blank: F,
  props: Props,
) {
  const [fields, setFields] = useState(blank);
  const [date, setDate] = useState(NO_DATE);
  const change = useChange(props.csrfToken, props.announce, TOUCHED);
  const { problem, setMissing, errorFor } = useFormProblem(formId, ids, change.failure);
  const send = async <T,>(missing: FormProblem | null, path: string, body: unknown, success: (result: T) => string) => {
    setMissing(missing);
    return missing === null ? change.send<T>('POST', path, body, success) : null;
  };
  const field = fieldBinder(fields, setFields, errorFor);
  return { fields, setFields, date, setDate, field, errorFor, send, section: { formId, problem, busy: change.busy } };
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
  name: 'title' | 'quarter' | 'board',
  id: string,
) => { id: string; value: string; error: string | undefined; onChange: (value: string) => void };

function MeetingInputs(props: {
  boards: readonly BoardInfo[];
  field: FieldOf;
  date: typeof NO_DATE;
  setDate: (value: typeof NO_DATE) => void;
  attendees: readonly AttendeeRow[];
  setAttendees: (rows: AttendeeRow[]) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { boards, field, date, setDate, attendees, setAttendees, errorFor } = props;
  const choices = boards.map((b) => ({ value: b.key, label: b.name }));
  return (
    <>
      <Radios legend="Board" choices={choices} {...field('board', 'meeting-board')} />
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
      <AttendeeFields rows={attendees} onChange={setAttendees} errorFor={errorFor} />
    </>
  );
}

// The API names attendee fields by their place in the list, which the ids follow; ten rows is plenty.
const MEETING_IDS = ['meeting-board', 'meeting-date', 'meeting-title', 'meeting-quarter', ...attendeeFieldIds(10)];

/** Records a meeting of one of the boards with who came. */
export function RecordMeetingForm({ boards, ...props }: Props & { boards: readonly BoardInfo[] }) {
  const form = useBoardForm('meeting', MEETING_IDS, { board: '', title: '', quarter: '' }, props);
  const [attendees, setAttendees] = useState<AttendeeRow[]>([BLANK_ATTENDEE]);
  const { fields, date } = form;
  const submit = async () => {
    const read = readDate(date);
    const missing = firstProblem(
      [
        ['meeting-board', fields.board, 'Choose the board that met'],
        ['meeting-title', fields.title, 'Enter the meeting’s title'],
        ...attendeeChecks(attendees),
      ],
      read,
      'meeting-date',
      'Enter the date of the meeting',
    );
    const body = {
      ...fields,
      date: read.date,
      quarter: fields.quarter.trim() === '' ? null : fields.quarter,
      attendees: filledAttendees(attendees),
    };
    const sent = await form.send(
      missing,
      '/api/board/meetings',
      body,
      () => `Meeting “${fields.title.trim()}” recorded.`,
    );
    if (sent !== null) {
      form.setFields({ board: fields.board, title: '', quarter: '' });
      form.setDate(NO_DATE);
      setAttendees([BLANK_ATTENDEE]);
    }
  };
  return (
    <FormSection
      {...form.section}
      heading="Record a meeting"
      submit="Record the meeting"
      onSubmit={() => void submit()}
    >
      <MeetingInputs
        boards={boards}
        field={form.field}
        date={date}
        setDate={form.setDate}
        attendees={attendees}
        setAttendees={setAttendees}
        errorFor={form.errorFor}
      />
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
export function RaiseActionForm({ meeting, ...props }: Props & { meeting: MeetingPage }) {
  const form = useBoardForm('action', ACTION_IDS, { text: '', owner: '' }, props);
  const { fields, date } = form;
  const submit = async () => {
    const read = readDate(date);
    const missing = firstProblem(
      [
        ['action-text', fields.text, 'Say what is to be done'],
        ['action-owner', fields.owner, 'Enter who is to do it'],
      ],
      read,
      'action-due',
      'Enter when the action is due',
    );
    const path = `/api/board/meetings/${meeting.id}/actions`;
    const body = { ...fields, due: read.date };
    if (
      (await form.send<ResponseOf<'raiseBoardAction'>>(missing, path, body, (r) => `Action A${r.id} raised.`)) !== null
    ) {
      form.setFields({ text: '', owner: '' });
      form.setDate(NO_DATE);
    }
  };
  return (
    <FormSection
      {...form.section}
      heading="Raise an action"
      intro="It stays on the board’s actions log, meeting after meeting, until it is done or dropped."
      submit="Raise the action"
      onSubmit={() => void submit()}
    >
      <ActionInputs field={form.field} due={date} setDue={form.setDate} errorFor={form.errorFor} />
    </FormSection>
  );
}

const STATUS_IDS = ['status-action', 'status-status', 'status-note'];

/** Records the status of an action on the log, as at this meeting. */
export function ActionStatusForm({ meeting, ...props }: Props & { meeting: MeetingPage }) {
  const open = meeting.actions.filter((a) => !a.closedHere && a.recordedAt?.id !== meeting.id);
  const form = useBoardForm('status', STATUS_IDS, { action: '', status: '', note: '' }, props);
  const { fields, field } = form;
  if (open.length === 0) return null;
  const submit = async () => {
    const missing = firstMissing([
      ['status-action', fields.action, 'Choose the action'],
      ['status-status', fields.status, 'Choose its status'],
    ]);
    const label = ACTION_STATUS_CHOICES.find((c) => c.value === fields.status)?.label.toLowerCase() ?? fields.status;
    const path = `/api/board/meetings/${meeting.id}/actions/${fields.action}/status`;
    const body = { status: fields.status, note: fields.note };
    if ((await form.send(missing, path, body, () => `Action A${fields.action} recorded as ${label}.`)) !== null) {
      form.setFields({ action: '', status: '', note: '' });
    }
  };
  return (
    <FormSection
      {...form.section}
      heading="Record an action’s status"
      intro="As at this meeting. Done or dropped actions show once more on this meeting’s log, then leave it."
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
