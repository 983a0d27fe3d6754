import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ResponseOf } from '../shared/apiTypes.js';
import { getJson } from '../shared/client.js';
import { ErrorSummary, SuccessBanner } from '../shared/formParts.js';
import { formatDate } from '../shared/format.js';
import { useSession } from '../shared/queries.js';
import { SignInLink } from '../shared/SignInLink.js';
import { useChange } from '../shared/useChange.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { NewApiTokenForm, NewTokenSecret } from './NewApiTokenForm.js';

type Token = ResponseOf<'listApiTokens'>['tokens'][number];
type NewToken = ResponseOf<'createApiToken'>;

const STATE_TAGS: Record<Token['state'], { className: string; label: string }> = {
  active: { className: 'govuk-tag--green', label: 'Active' },
  expired: { className: 'govuk-tag--grey', label: 'Expired' },
  revoked: { className: 'govuk-tag--red', label: 'Revoked' },
};
const TABLE_ID = 'api-tokens-table';

const day = (iso: string) => formatDate(iso.slice(0, 10));

function TokenRow({ token, busy, onRevoke }: { token: Token; busy: boolean; onRevoke: () => void }) {
  const tag = STATE_TAGS[token.state];
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">{token.name}</td>
      <td className="govuk-table__cell">{day(token.createdAt)}</td>
      {/* A revoked token stopped working when it was revoked, whatever its date said. */}
      <td className="govuk-table__cell">{day(token.revokedAt ?? token.expiresAt)}</td>
      <td className="govuk-table__cell">{token.lastUsedAt === null ? 'Never' : day(token.lastUsedAt)}</td>
      <td className="govuk-table__cell">
        <strong className={`govuk-tag ${tag.className}`}>{tag.label}</strong>
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        {token.state === 'active' ? (
          <button
            type="button"
            className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
            disabled={busy}
            onClick={onRevoke}
          >
            Revoke<span className="govuk-visually-hidden"> {token.name}</span>
          </button>
        ) : null}
      </td>
    </tr>
  );
}

function TokenTable(props: { tokens: Token[]; csrfToken: string; onRevoked: (text: string) => void }) {
  const change = useChange(props.csrfToken, props.onRevoked, ['api-tokens']);
  if (props.tokens.length === 0) return <p className="govuk-body">You have no API tokens yet.</p>;
  return (
    <>
      {change.failure === null ? null : (
        <ErrorSummary problem={{ message: change.failure.message, target: TABLE_ID }} />
      )}
      <table className="govuk-table" id={TABLE_ID}>
        <caption className="govuk-table__caption govuk-table__caption--m">Your tokens</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {['Name', 'Made', 'Works until', 'Last used', 'Status'].map((heading) => (
              <th key={heading} scope="col" className="govuk-table__header">
                {heading}
              </th>
            ))}
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {props.tokens.map((token) => (
            <TokenRow
              key={token.id}
              token={token}
              busy={change.busy}
              onRevoke={() =>
                void change.send('DELETE', `/api/account/tokens/${token.id}`, undefined, () => {
                  return `“${token.name}” has been revoked: it no longer works.`;
                })
              }
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

function YourTokens(props: { csrfToken: string; made: NewToken | null; onChange: (change: Change) => void }) {
  const tokens = useQuery({
    queryKey: ['api-tokens'],
    queryFn: () => getJson<ResponseOf<'listApiTokens'>>('/api/account/tokens'),
  });
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            A personal API token lets your own analysis tools, such as Power BI, R or Python, read Bluelamp’s data as
            you, without signing in. Send it in the <code>Authorization: Bearer</code> header of each request. Tokens
            only read: they cannot change anything. The{' '}
            <Link className="govuk-link" to="/api-docs">
              API documentation
            </Link>{' '}
            lists what you can read.
          </p>
          {props.made === null ? null : <NewTokenSecret made={props.made} />}
        </div>
      </div>
      {tokens.data === undefined ? (
        <p className="govuk-body">
          {tokens.isError ? 'Your tokens could not be loaded. Try again later.' : 'Loading…'}
        </p>
      ) : (
        <TokenTable
          tokens={tokens.data.tokens}
          csrfToken={props.csrfToken}
          onRevoked={(text) => {
            props.onChange({ made: null, revoked: text });
          }}
        />
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NewApiTokenForm
            csrfToken={props.csrfToken}
            onMade={(made) => {
              props.onChange({ made, revoked: null });
            }}
          />
        </div>
      </div>
    </>
  );
}

/** What the page last did: made a token (its secret shown once) or revoked one. */
interface Change {
  made: NewToken | null;
  revoked: string | null;
}

/**
 * Each signed-in person's personal API tokens: read-only keys for Power BI, R or Python, listed
 * with when they expire and were last used, made here (the secret shown once) and revoked here.
 */
export function ApiTokensPage() {
  usePageTitle('API tokens');
  const session = useSession();
  const [change, setChange] = useState<Change>({ made: null, revoked: null });
  if (session.data === undefined) return null;
  const { user, csrfToken } = session.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {change.revoked === null ? null : <SuccessBanner text={change.revoked} />}
        <h1 className="govuk-heading-l">API tokens</h1>
        {user === null ? (
          <p className="govuk-body">
            <SignInLink className="govuk-link">Sign in</SignInLink> to manage your API tokens.
          </p>
        ) : (
          <YourTokens csrfToken={csrfToken} made={change.made} onChange={setChange} />
        )}
      </div>
    </div>
  );
}
