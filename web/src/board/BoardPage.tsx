import { useState } from 'react';
import { useBoardMeetings } from './boardQueries.js';
import { BOARD_CHOICES } from './boardTypes.js';
import { useSession } from '../shared/queries.js';
import { RecordMeetingForm } from './BoardForms.js';
import { MeetingsTable } from './BoardTables.js';
import { SuccessBanner } from '../shared/formParts.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { SignInLink } from '../shared/SignInLink.js';

/** Board papers are internal: the public is asked to sign in. */
export function SignInToSeeBoard() {
  return (
    <p className="govuk-body">
      Board meetings and packs are for people in the force and the oversight body.{' '}
      <SignInLink className="govuk-link">Sign in</SignInLink> to see them.
    </p>
  );
}

/** Board meetings by board, newest first, and a form to record one for those who keep the board's records. */
export function BoardPage() {
  usePageTitle('Board meetings');
  const session = useSession();
  const user = session.data?.user ?? null;
  const meetings = useBoardMeetings(user !== null);
  const [notice, setNotice] = useState<string | null>(null);
  const edits = user !== null && (user.role === 'performance' || user.role === 'admin');
  return (
    <>
      {notice === null ? null : <SuccessBanner text={notice} />}
      <h1 className="govuk-heading-l">Board meetings</h1>
      <p className="govuk-body-l">
        The force’s quarterly progress goes to its Performance Group, then to the oversight board. Each meeting carries
        the actions log forward and has a board pack, exceptions first.
      </p>
      {session.data === undefined ? null : user === null ? (
        <SignInToSeeBoard />
      ) : (
        <QueryState {...meetings} what="the board meetings">
          {(data) => (
            <>
              {BOARD_CHOICES.map((board) => (
                <MeetingsTable
                  key={board.value}
                  id={`meetings-${board.value}`}
                  caption={board.label}
                  meetings={data.meetings.filter((m) => m.board === board.value)}
                />
              ))}
            </>
          )}
        </QueryState>
      )}
      {edits && session.data?.csrfToken ? (
        <>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <RecordMeetingForm csrfToken={session.data.csrfToken} announce={setNotice} />
        </>
      ) : null}
    </>
  );
}
