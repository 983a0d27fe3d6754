import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getJson } from '../shared/client.js';
import { Table } from '../shared/govuk.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import type { UserList, UserSummary } from '../shared/types.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { AddUserForm } from './AddUserForm.js';
import { EnableAccountForm } from './EnableAccountForm.js';
import { ResetPasswordForm } from './ResetPasswordForm.js';
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

export function UsersPage() {
  usePageTitle('Users');
  const session = useSession();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
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
                  self={user.username === session.data?.user?.username}
                  onDone={done}
                  onChoose={(action) => {
                    setMessage(null);
                    setChosen({ username: user.username, action });
                  }}
                />
              ))}
            </Table>
            {chosen === null ? null : (
              <ChosenAction
                chosen={chosen}
                users={list}
                csrfToken={csrfToken}
                onDone={done}
                onClose={() => {
                  setChosen(null);
                }}
              />
            )}
          </>
        )}
      </QueryState>
      <AddUserForm csrfToken={csrfToken} onDone={done} />
    </>
  );
}
