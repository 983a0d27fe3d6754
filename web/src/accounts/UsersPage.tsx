import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getJson } from '../shared/client.js';
import { Table } from '../shared/govuk.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import type { UserList, UserSummary } from '../shared/types.js';
import { AddUserForm } from './AddUserForm.js';
import { EnableAccountForm } from './EnableAccountForm.js';
import { GeneratedPassword, ResetPasswordForm } from './ResetPasswordForm.js';
import { UserRow, type AccountAction } from './UserRow.js';

interface Chosen {
  username: string;
  action: AccountAction;
}

/** The form for the action chosen from a row, for the account as the list now shows it. */
function ChosenAction(props: {
  chosen: Chosen;
  users: readonly UserSummary[];
  csrfToken: string;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { chosen, users, ...rest } = props;
  const user = users.find((u) => u.username === chosen.username);
  if (user === undefined) return null;
  // Keyed by account, so that choosing another account starts with an empty form.
  return chosen.action === 'reset-password' ? (
    <ResetPasswordForm key={user.username} user={user} {...rest} />
  ) : (
    <EnableAccountForm key={user.username} user={user} {...rest} />
  );
}

/** Every account, one row each, and under the table the form for the action chosen from a row. */
function UsersTable(props: {
  list: readonly UserSummary[];
  csrfToken: string;
  selfUsername: string | undefined;
  chosen: Chosen | null;
  onChoose: (chosen: Chosen) => void;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { list, csrfToken, selfUsername, chosen, onChoose, onDone, onClose } = props;
  return (
    <>
      <Table
        caption={<>{list.length} accounts</>}
        columns={['User name', 'Name', 'Role', 'Scope', 'State', 'Actions']}
        id="users"
      >
        {list.map((user) => (
          <UserRow
            key={user.username}
            user={user}
            csrfToken={csrfToken}
            self={user.username === selfUsername}
            onDone={onDone}
            onChoose={(action) => {
              onChoose({ username: user.username, action });
            }}
          />
        ))}
      </Table>
      {chosen === null ? null : (
        <ChosenAction chosen={chosen} users={list} csrfToken={csrfToken} onDone={onDone} onClose={onClose} />
      )}
    </>
  );
}

export function UsersPage() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [generated, setGenerated] = useState<{ user: UserSummary; password: string } | null>(null);
  const users = useQuery({ queryKey: ['users'], queryFn: () => getJson<UserList>('/api/users') });
  const csrfToken = session.data?.csrfToken ?? '';
  const done = (text: string) => {
    setMessage(text);
    void queryClient.invalidateQueries({ queryKey: ['users'] });
  };
  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      {message ? (
        <div className="govuk-inset-text" role="status">
          {message}
        </div>
      ) : null}
      <QueryState {...users} what="the users">
        {({ users: list }) => (
          <UsersTable
            list={list}
            csrfToken={csrfToken}
            selfUsername={session.data?.user?.username}
            chosen={chosen}
            onChoose={(next) => {
              setMessage(null);
              setChosen(next);
            }}
            onDone={done}
            onClose={() => {
              setChosen(null);
            }}
          />
        )}
      </QueryState>
      {generated === null ? null : (
        <GeneratedPassword
          user={generated.user}
          password={generated.password}
          heading={`Added ${generated.user.username}`}
          onClose={() => {
            setGenerated(null);
          }}
        />
      )}
      <AddUserForm
        csrfToken={csrfToken}
        onDone={done}
        onGenerated={(user, password) => {
          done(`Added ${user.username}.`);
          setGenerated({ user, password });
        }}
      />
    </>
  );
}
