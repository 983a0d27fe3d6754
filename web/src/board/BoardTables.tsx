import { Link } from 'react-router';
import type { ActionLogLine, ActionStatusCode, MeetingPage, MeetingSummary } from './boardTypes.js';
import { formatDate } from '../shared/format.js';
import { Table } from '../shared/govuk.js';

/** GOV.UK tag colours by what a status means; the symbol and the word always say it too. */
const STATUS_TAG: Record<ActionStatusCode, string> = {
  open: 'govuk-tag--grey',
  'in-progress': 'govuk-tag--blue',
  done: 'govuk-tag--green',
  dropped: 'govuk-tag--grey',
};

export function ActionStatusTag({ status }: { status: ActionLogLine['status'] }) {
  return (
    <strong className={`govuk-tag ${STATUS_TAG[status.code]}`}>
      <span aria-hidden="true">{status.symbol} </span>
      {status.label}
    </strong>
  );
}

/** One board's meetings, newest first, each linked to its page. */
export function MeetingsTable({ id, caption, meetings }: { id: string; caption: string; meetings: MeetingSummary[] }) {
  if (meetings.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m" id={id}>
          {caption}
        </h2>
        <p className="govuk-body">No meetings are recorded yet.</p>
      </>
    );
  }
  return (
    <Table
      caption={caption}
      columns={[
        { label: 'Date', className: 'govuk-!-width-one-quarter' },
        'Meeting',
        { label: 'Reviews', className: 'govuk-!-width-one-quarter' },
      ]}
      id={id}
    >
      {meetings.map((m) => (
        <tr className="govuk-table__row" key={m.id}>
          <td className="govuk-table__cell bl-nowrap">{formatDate(m.date)}</td>
          <td className="govuk-table__cell">
            <Link className="govuk-link" to={`/board/meetings/${m.id}`}>
              {m.title}
            </Link>
          </td>
          <td className="govuk-table__cell">{m.quarter ?? 'Not a quarterly review'}</td>
        </tr>
      ))}
    </Table>
  );
}

export function AttendeesTable({ meeting }: { meeting: MeetingPage }) {
  if (meeting.attendees.length === 0) return <p className="govuk-body">No attendance was recorded.</p>;
  return (
    <Table caption="Attendance" columns={['Name', 'Role or organisation', 'Attendance']} id="attendees">
      {meeting.attendees.map((a) => (
        <tr className="govuk-table__row" key={`${a.name} ${a.role}`}>
          <td className="govuk-table__cell">{a.name}</td>
          <td className="govuk-table__cell">{a.role}</td>
          <td className="govuk-table__cell">{a.attendance === 'attended' ? 'Attended' : 'Apologies'}</td>
        </tr>
      ))}
    </Table>
  );
}

function StatusCell({ line }: { line: ActionLogLine }) {
  return (
    <>
      <ActionStatusTag status={line.status} />
      {line.overdue ? (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--red">Overdue</strong>
        </>
      ) : null}
      {line.closedHere ? <span className="govuk-body-s govuk-!-display-block">Closed at this meeting</span> : null}
      {line.note === null ? null : <span className="govuk-body-s govuk-!-display-block">{line.note}</span>}
    </>
  );
}

/** The actions log as at the meeting: every action carried to it, with its status then. */
export function ActionsLogTable({ meeting }: { meeting: MeetingPage }) {
  if (meeting.actions.length === 0) return <p className="govuk-body">No actions are on the log.</p>;
  return (
    <Table
      caption="Actions log"
      columns={['No.', 'Action', 'Owner', 'Due', 'Raised at', 'Status']}
      id="actions-log"
      className="govuk-!-font-size-16"
    >
      {meeting.actions.map((line) => (
        <tr className="govuk-table__row" key={line.id}>
          <td className="govuk-table__cell">A{line.id}</td>
          <td className="govuk-table__cell">{line.text}</td>
          <td className="govuk-table__cell">{line.owner}</td>
          <td className="govuk-table__cell">{formatDate(line.dueOn)}</td>
          <td className="govuk-table__cell">
            {line.raisedHere ? (
              'This meeting'
            ) : (
              <Link className="govuk-link" to={`/board/meetings/${line.raisedAt.id}`}>
                {line.raisedAt.title}
              </Link>
            )}
          </td>
          <td className="govuk-table__cell">
            <StatusCell line={line} />
          </td>
        </tr>
      ))}
    </Table>
  );
}
