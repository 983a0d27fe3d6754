import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { getJson, sendJson } from '../shared/client.js';
import { TextField } from '../shared/govuk.js';
import { usePageTitle } from '../shared/usePageTitle.js';

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
      await sendJson('POST', '/api/session', { username, password });
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

export function SignInPage() {
  usePageTitle('Sign in');
  const [searchParams] = useSearchParams();
  const [problem, setProblem] = useState<string | null>(searchParams.get('problem'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sso = useQuery({ queryKey: ['sso'], queryFn: () => getJson<{ enabled: boolean }>('/api/sso') });

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
            await navigate('/');
          }}
          onProblem={setProblem}
        />
      </div>
    </div>
  );
}
