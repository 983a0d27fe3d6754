import { Link } from 'react-router';
import { useState } from 'react';
import { useBoardMeetings, useBoards } from './boardQueries.js';
import { BoardsTable } from './BoardsTable.js';
import { useSession } from '../shared/queries.js';
import { RecordMeetingForm } from './BoardForms.js';
import { BoardSetupForm } from './BoardSetupForm.js';
import type { BoardInfo } from './boardTypes.js';
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

/**
 * The boards, each board's meetings, and for those who keep the boards' records (a CSRF token given)
 * the forms to record a meeting and to add or change a board.
 */
function BoardsAndMeetings(props: {
  boards: readonly BoardInfo[];
  meetings: ReturnType<typeof useBoardMeetings>;
  csrfToken: string | null;
  announce: (text: string) => void;
}) {
  const { boards, meetings, csrfToken, announce } = props;
  const [changing, setChanging] = useState<BoardInfo | null>(null);
  return (
    <>
      <BoardsTable boards={boards} onChange={csrfToken === null ? undefined : setChanging} />
      <QueryState {...meetings} what="the board meetings">
        {(data) => (
          <>
            {boards.map((board) => (
              <MeetingsTable
                key={board.key}
                id={`meetings-${board.key}`}
                caption={board.name}
                meetings={data.meetings.filter((m) => m.board === board.key)}
              />
            ))}
          </>
        )}
      </QueryState>
      {csrfToken === null ? null : (
        <>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <RecordMeetingForm boards={boards} csrfToken={csrfToken} announce={announce} />
          <BoardSetupForm
            key={changing?.key ?? 'new board'}
            board={changing}
            csrfToken={csrfToken}
            announce={announce}
            onDone={() => {
              setChanging(null);
            }}
          />
        </>
      )}
    </>
  );
}

/** Board meetings by board, newest first, and a form to record one for those who keep the board's records. */
export function BoardPage() {
  usePageTitle('Board meetings');
  const session = useSession();
  const user = session.data?.user ?? null;
  const meetings = useBoardMeetings(user !== null);
  const boards = useBoards(user !== null);
  const [notice, setNotice] = useState<string | null>(null);
  // The roles the API gives 'board.edit'; the session carries the role, not the permissions.
  const edits = user !== null && (user.role === 'performance' || user.role === 'admin');
  const csrfToken = edits ? (session.data?.csrfToken ?? null) : null;
  return (
    <>
      {notice === null ? null : <SuccessBanner text={notice} />}
      <h1 className="govuk-heading-l">Board meetings</h1>
      <p className="govuk-body-l">
        The force’s quarterly progress goes to its own Performance Group, then to the boards that hold it to account.
        Each meeting carries its board’s actions log forward, has a board pack, exceptions first, and its agenda,
        minutes and decisions. A public board’s papers are also on the{' '}
        <a className="govuk-link" href="/public/board-papers">
          public site
        </a>
        . The boards that review risks read the{' '}
        <Link className="govuk-link" to="/risks">
          risk register
        </Link>
        .
      </p>
      {session.data === undefined ? null : user === null ? (
        <SignInToSeeBoard />
      ) : (
        <QueryState {...boards} what="the boards">
          {({ boards: list }) => (
            <BoardsAndMeetings boards={list} meetings={meetings} csrfToken={csrfToken} announce={setNotice} />
          )}
        </QueryState>
      )}
    </>
  );
}
