import { Select, TextInput } from '../shared/formParts.js';

export interface AttendeeRow {
  readonly name: string;
  readonly role: string;
  readonly attendance: 'attended' | 'apologies';
}

export const BLANK_ATTENDEE: AttendeeRow = { name: '', role: '', attendance: 'attended' };

const idOf = (index: number, part: 'name' | 'role' | 'attendance') => `meeting-attendee-${index + 1}-${part}`;

/** The rows someone filled in; a row left wholly blank is a spare, not an attendee. */
export function filledAttendees(rows: readonly AttendeeRow[]): AttendeeRow[] {
  return rows.filter((row) => row.name.trim() !== '' || row.role.trim() !== '');
}

/** Each filled row needs a name and a role: [field id, value, message] for the form's check. */
export function attendeeChecks(rows: readonly AttendeeRow[]): [string, string, string][] {
  return rows.flatMap((row, index) =>
    row.name.trim() === '' && row.role.trim() === ''
      ? []
      : ([
          [idOf(index, 'name'), row.name, `Enter the name of attendee ${index + 1}`],
          [idOf(index, 'role'), row.role, `Enter the role or organisation of attendee ${index + 1}`],
        ] as [string, string, string][]),
  );
}

export function attendeeFieldIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => [idOf(index, 'name'), idOf(index, 'role')]).flat();
}

/** One person's fieldset: name, role, attendance, and a button to take the row away. */
function AttendeePerson(props: {
  row: AttendeeRow;
  index: number;
  removable: boolean;
  change: (part: Partial<AttendeeRow>) => void;
  remove: () => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { row, index, change, errorFor } = props;
  return (
    <fieldset className="govuk-fieldset bl-attendees__person">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Attendee {index + 1}</legend>
      <TextInput
        id={idOf(index, 'name')}
        label="Name"
        value={row.name}
        error={errorFor(idOf(index, 'name'))}
        onChange={(name) => {
          change({ name });
        }}
      />
      <TextInput
        id={idOf(index, 'role')}
        label="Role or organisation"
        value={row.role}
        error={errorFor(idOf(index, 'role'))}
        onChange={(role) => {
          change({ role });
        }}
      />
      <Select
        id={idOf(index, 'attendance')}
        label="Attendance"
        value={row.attendance}
        onChange={(attendance) => {
          change({ attendance: attendance === 'apologies' ? 'apologies' : 'attended' });
        }}
      >
        <option value="attended">Attended</option>
        <option value="apologies">Sent apologies</option>
      </Select>
      {props.removable && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={props.remove}>
          Remove<span className="govuk-visually-hidden"> attendee {index + 1}</span>
        </button>
      )}
    </fieldset>
  );
}

/** GOV.UK's "add another" pattern: a fieldset a person, with a button for one more and one to remove each. */
export function AttendeeFields(props: {
  rows: readonly AttendeeRow[];
  onChange: (rows: AttendeeRow[]) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { rows, onChange, errorFor } = props;
  return (
    <fieldset className="govuk-fieldset bl-attendees">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Attendees (optional)</legend>
      {rows.map((row, index) => (
        <AttendeePerson
          key={index}
          row={row}
          index={index}
          removable={rows.length > 1}
          change={(part) => {
            onChange(rows.map((r, i) => (i === index ? { ...r, ...part } : r)));
          }}
          remove={() => {
            onChange(rows.filter((_, i) => i !== index));
          }}
          errorFor={errorFor}
        />
      ))}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => {
          onChange([...rows, BLANK_ATTENDEE]);
        }}
      >
        Add another attendee
      </button>
    </fieldset>
  );
}
