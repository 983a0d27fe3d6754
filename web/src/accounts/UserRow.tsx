import { Link } from 'react-router';
import type { BodyOf } from '../shared/apiTypes.js';
import { sendJson } from '../shared/client.js';
import { HeadedRow } from '../shared/govuk.js';
import type { UserSummary } from '../shared/types.js';
import { roleLabel } from './accountChange.js';

/** What an administrator may open a form for, from an account's row. */
export type AccountAction = 'reset-password' | 'enable';

interface UserRowProps {
  user: UserSummary;
  csrfToken: string;
  /**
   * The signed-in administrator's own row: no one disables themselves by a slip, and a reset
   * would end their own session; they change their own password on its own page instead.
   */
  self: boolean;
  onDone: (message: string) => void;
  onChoose: (action: AccountAction) => void;
}

function ActionButton({ label, username, onClick }: { label: string; username: string; onClick: () => void }) {
  return (
    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onClick}>
      {label}
      <span className="govuk-visually-hidden"> {username}</span>
    </button>
  );
}

/** What an administrator can do to another account: reset its password, and disable or re-enable it. */
function OtherAccountActions({ user, csrfToken, onDone, onChoose }: Omit<UserRowProps, 'self'>) {
  const disable = async () => {
    try {
      const change: BodyOf<'changeUser'> = { disabled: true, reason: 'Disabled from the users page' };
      await sendJson('PATCH', `/api/users/${encodeURIComponent(user.username)}`, change, csrfToken);
      onDone(`Disabled ${user.username}; their sessions have ended.`);
    } catch (error) {
      onDone((error as Error).message);
    }
  };
  return (
    <div className="govuk-button-group govuk-!-margin-bottom-0">
      <ActionButton
        label="Reset password"
        username={user.username}
        onClick={() => {
          onChoose('reset-password');
        }}
      />
      {user.disabled ? (
        <ActionButton
          label="Re-enable"
          username={user.username}
          onClick={() => {
            onChoose('enable');
          }}
        />
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
          onClick={() => void disable()}
        >
          Disable<span className="govuk-visually-hidden"> {user.username}</span>
        </button>
      )}
    </div>
  );
}

export function UserRow({ self, ...props }: UserRowProps) {
  const { user } = props;
  return (
    <HeadedRow
      head={
        <Link className="govuk-link" to={`/users/${encodeURIComponent(user.username)}`}>
          {user.username}
        </Link>
      }
    >
      <td className="govuk-table__cell">{user.displayName}</td>
      <td className="govuk-table__cell">{roleLabel(user.role)}</td>
      <td className="govuk-table__cell">{user.scope.join(', ')}</td>
      <td className="govuk-table__cell">
        {user.disabled ? (
          <strong className="govuk-tag govuk-tag--grey">Disabled</strong>
        ) : (
          <strong className="govuk-tag govuk-tag--green">Active</strong>
        )}
        {user.ssoEmail === null ? null : <span className="bl-cell-note">Single sign-on</span>}
      </td>
      <td className="govuk-table__cell">
        <p className="govuk-body-s govuk-!-margin-bottom-2">
          <Link className="govuk-link" to={`/history?entityType=user&entityId=${encodeURIComponent(user.username)}`}>
            History<span className="govuk-visually-hidden"> of {user.username}</span>
          </Link>
          {' · '}
          <Link className="govuk-link" to={`/users/${encodeURIComponent(user.username)}`}>
            Change<span className="govuk-visually-hidden"> {user.username}</span>
          </Link>
        </p>
        {self ? (
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            <Link className="govuk-link" to="/account/password">
              Change your password
            </Link>
          </p>
        ) : (
          <OtherAccountActions {...props} />
        )}
      </td>
    </HeadedRow>
  );
}
