import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { getJson } from '../shared/client.js';
import { SummaryRow } from '../shared/govuk.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import type { UserList, UserSummary } from '../shared/types.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { AccessForm, type AccountFormProps } from './AccessForm.js';
import { roleLabel } from './accountChange.js';
import { EnableAccountForm } from './EnableAccountForm.js';
import { ResetPasswordForm } from './ResetPasswordForm.js';
import { ContactEmailForm, DisableForm, SsoForm } from './SignInForms.js';

const ACTIONS = {
  access: { label: 'Change role and scope', form: AccessForm },
  sso: { label: 'Change single sign-on', form: SsoForm },
  email: { label: 'Change e-mail for reminders', form: ContactEmailForm },
  reset: { label: 'Reset password', form: ResetPasswordForm },
  disable: { label: 'Disable account', form: DisableForm },
  enable: { label: 'Re-enable account', form: EnableAccountForm },
} as const;
type Action = keyof typeof ACTIONS;

function AccountFacts({ user }: { user: UserSummary }) {
  return (
    <dl className="govuk-summary-list" id="account">
      <SummaryRow label="Name">{user.displayName}</SummaryRow>
      <SummaryRow label="Role">{roleLabel(user.role)}</SummaryRow>
      <SummaryRow label="Units they update for">
        {user.role === 'owner' ? user.scope.join(', ') || 'None: choose at least one' : 'Not limited (only owners are)'}
      </SummaryRow>
      <SummaryRow label="Signs in">
        {user.ssoEmail === null
          ? 'With a password'
          : `Through single sign-on as ${user.ssoEmail}${user.ssoLinked ? ' (linked)' : ' (not yet linked)'}`}
      </SummaryRow>
      <SummaryRow label="E-mail address for reminders">{user.email ?? 'None'}</SummaryRow>
      <SummaryRow label="State">
        {user.disabled ? (
          <strong className="govuk-tag govuk-tag--grey">Disabled</strong>
        ) : (
          <strong className="govuk-tag govuk-tag--green">Active</strong>
        )}
      </SummaryRow>
    </dl>
  );
}

function actionsFor(user: UserSummary, self: boolean): Action[] {
  // One's own account is changed elsewhere: a slip here would end one's own session or access.
  if (self) return [];
  return ['access', 'sso', 'email', 'reset', user.disabled ? 'enable' : 'disable'];
}

function Account({ user, self }: { user: UserSummary; self: boolean }) {
  const csrfToken = useSession().data?.csrfToken ?? '';
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Action | null>(null);
  const props: AccountFormProps = {
    user,
    csrfToken,
    onDone: (text) => {
      setMessage(text);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    onClose: () => {
      setChosen(null);
    },
  };
  const Form = chosen === null ? null : ACTIONS[chosen].form;
  return (
    <>
      {message === null ? null : (
        <div className="govuk-inset-text" role="status">
          {message}
        </div>
      )}
      <AccountFacts user={user} />
      {self ? (
        <p className="govuk-body">
          This is your own account.{' '}
          <Link className="govuk-link" to="/account/password">
            Change your password
          </Link>
          ; another administrator changes your role.
        </p>
      ) : null}
      <div className="govuk-button-group">
        {actionsFor(user, self).map((action) => (
          <button
            key={action}
            type="button"
            className={`govuk-button ${action === 'disable' ? 'govuk-button--warning' : 'govuk-button--secondary'}`}
            onClick={() => {
              setMessage(null);
              setChosen(action);
            }}
          >
            {ACTIONS[action].label}
          </button>
        ))}
      </div>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/history?entityType=user&entityId=${encodeURIComponent(user.username)}`}>
          History of this account
        </Link>
      </p>
      {Form === null ? null : <Form key={chosen} {...props} />}
    </>
  );
}

/** One account, and everything an administrator can change about it. */
export function UserPage() {
  const username = useParams().username ?? '';
  usePageTitle(username);
  const session = useSession();
  const users = useQuery({ queryKey: ['users'], queryFn: () => getJson<UserList>('/api/users') });
  return (
    <>
      <Breadcrumbs trail={[{ to: '/users', label: 'Users' }]} />
      <QueryState {...users} what="the account">
        {({ users: list }) => {
          const user = list.find((u) => u.username === username);
          if (user === undefined) {
            return (
              <>
                <h1 className="govuk-heading-l">Account not found</h1>
                <p className="govuk-body">No account has the user name {username}.</p>
              </>
            );
          }
          return (
            <>
              <span className="govuk-caption-l">Account</span>
              <h1 className="govuk-heading-l">{user.displayName || user.username}</h1>
              <p className="govuk-body">User name: {user.username}</p>
              <Account user={user} self={user.username === session.data?.user?.username} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
