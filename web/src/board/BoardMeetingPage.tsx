import { useState } from 'react';
import { useParams } from 'react-router';
import { packPath, useBoardMeeting } from './boardQueries.js';
import type { MeetingPage } from './boardTypes.js';
import { useSession } from '../shared/queries.js';
import { ActionStatusForm, RaiseActionForm } from './BoardForms.js';
import { ActionsLogTable, AttendeesTable } from './BoardTables.js';
import { PublishPackForm } from './PublishPackForm.js';
import { MeetingPapers } from './MeetingPapers.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { SuccessBanner } from '../shared/formParts.js';
import { SummaryRow } from '../shared/govuk.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { SignInToSeeBoard } from './BoardPage.js';
import { formatDate } from '../shared/format.js';

function Meeting({
  meeting,
  csrfToken,
  announce,
}: {
  meeting: MeetingPage;
  csrfToken: string | null;
  announce: (text: string) => void;
}) {
  const overdue = meeting.actions.filter((a) => a.overdue).length;
  return (
    <>
      <span className="govuk-caption-l">{meeting.boardLabel}</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <dl className="govuk-summary-list">
        <SummaryRow label="Date">{formatDate(meeting.date)}</SummaryRow>
        <SummaryRow label="Reviews">{meeting.quarter ?? 'Not a quarterly review'}</SummaryRow>
        <SummaryRow label="Actions log">
          {meeting.actions.length} {meeting.actions.length === 1 ? 'action' : 'actions'}, {overdue} overdue
        </SummaryRow>
        <SummaryRow label="Board pack">
          <a className="govuk-link" href={packPath(meeting.id, 'html')} target="_blank" rel="noopener">
            Board pack (HTML)<span className="govuk-visually-hidden">, opens in a new tab</span>
          </a>
          {' · '}
          <a className="govuk-link" href={packPath(meeting.id, 'pdf')} download>
            Board pack (PDF)
          </a>
        </SummaryRow>
      </dl>
      <AttendeesTable meeting={meeting} />
      <MeetingPapers meeting={meeting} csrfToken={csrfToken} announce={announce} />
      <ActionsLogTable meeting={meeting} />
      {csrfToken === null ? null : (
        <>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <RaiseActionForm meeting={meeting} csrfToken={csrfToken} announce={announce} />
          <ActionStatusForm
            key={meeting.actions.map((a) => `${a.id}${a.status.code}`).join()}
            meeting={meeting}
            csrfToken={csrfToken}
            announce={announce}
          />
          <PublishPackForm meetingId={meeting.id} />
        </>
      )}
    </>
  );
}

/** A meeting: who came, its actions log as at the meeting, its pack, and forms for those who keep the log. */
export function BoardMeetingPage() {
  const { meetingId = '' } = useParams();
  const session = useSession();
  const user = session.data?.user ?? null;
  const query = useBoardMeeting(meetingId, user !== null);
  const [notice, setNotice] = useState<string | null>(null);
  usePageTitle(query.data?.title ?? 'Board meeting');
  const edits = user !== null && (user.role === 'performance' || user.role === 'admin');
  return (
    <>
      <Breadcrumbs trail={[{ to: '/board', label: 'Board meetings' }]} />
      {notice === null ? null : <SuccessBanner text={notice} />}
      {session.data === undefined ? null : user === null ? (
        <>
          <h1 className="govuk-heading-l">Board meeting</h1>
          <SignInToSeeBoard />
        </>
      ) : (
        <QueryState {...query} what="the meeting">
          {(meeting) => (
            <Meeting
              meeting={meeting}
              csrfToken={edits ? (session.data?.csrfToken ?? null) : null}
              announce={setNotice}
            />
          )}
        </QueryState>
      )}
    </>
  );
}
