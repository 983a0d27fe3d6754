import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { BodyOf } from '../shared/apiTypes.js';
import { getJson, sendJson } from '../shared/client.js';
import { TextField } from '../shared/govuk.js';
import type { SsoStatus } from '../shared/types.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { safeNextPath } from '../shared/SignInLink.js';

function ErrorSummary({ message }: { message: string }) {
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{message}</p>
        </div>
      </div>
    </div>
  );
}

interface PasswordFormProps {
  onSignedIn: () => Promise<void>;
  onProblem: (message: string) => void;
}

function PasswordForm({ onSignedIn, onProblem }: PasswordFormProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await sendJson('POST', '/api/session', { username, password } satisfies BodyOf<'signIn'>);
      await onSignedIn();
    } catch (error) {
      onProblem((error as Error).message);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="username"
        label="User name"
        value={username}
        onChange={setUsername}
        autoComplete="username"
        widthClass="govuk-!-width-one-half"
      />
      <TextField
        id="password"
        label="Password"
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
        widthClass="govuk-!-width-one-half"
      />
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Sign in
      </button>
    </form>
  );
}

// Single sign-on comes back with a code, never text: a link can only pick one of these sentences.
const SSO_PROBLEM_MESSAGES: Readonly<Record<string, string>> = {
  'sso-expired': 'This sign-in has expired or was already used. Start again.',
  'sso-other-browser': 'This sign-in was not started in this browser, so it was refused. Start signing in again here.',
  'sso-provider-refused': "Your force's identity provider did not confirm who you are. Start signing in again.",
  'sso-unverified-email':
    'Your identity provider did not confirm your e-mail address, so no Bluelamp account can be linked to you. Ask an administrator.',
  'sso-no-account':
    'No active Bluelamp account is set up for single sign-on with your identity. Ask an administrator to add one.',
  'sso-linked-elsewhere':
    'The Bluelamp account for your e-mail address is linked to a different identity. Ask an administrator.',
};

function ssoProblemMessage(code: string | null): string | null {
  if (code === null) return null;
  return Object.hasOwn(SSO_PROBLEM_MESSAGES, code)
    ? (SSO_PROBLEM_MESSAGES[code] ?? null)
    : 'Single sign-on did not finish. Start signing in again.';
}

export function SignInPage() {
  usePageTitle('Sign in');
  const [searchParams] = useSearchParams();
  const [problem, setProblem] = useState<string | null>(() => ssoProblemMessage(searchParams.get('problem')));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sso = useQuery({ queryKey: ['sso'], queryFn: () => getJson<SsoStatus>('/api/sso') });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem ? <ErrorSummary message={problem} /> : null}
        <h1 className="govuk-heading-l">Sign in</h1>
        {sso.data?.enabled ? (
          <>
            <a
              href="/api/sso/sign-in"
              role="button"
              draggable="false"
              className="govuk-button govuk-button--start"
              data-module="govuk-button"
            >
              Sign in with your force account
            </a>
            <p className="govuk-body">Or use a Bluelamp account:</p>
          </>
        ) : null}
        <PasswordForm
          onSignedIn={async () => {
            await queryClient.invalidateQueries({ queryKey: ['session'] });
            await navigate(safeNextPath(searchParams.get('next')));
          }}
          onProblem={setProblem}
        />
      </div>
    </div>
  );
}
