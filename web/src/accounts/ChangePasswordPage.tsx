import { useState } from 'react';
import type { BodyOf, ResponseOf } from '../shared/apiTypes.js';
import { FormSection, PasswordInput, SuccessBanner, type FormProblem } from '../shared/formParts.js';
import { useSession } from '../shared/queries.js';
import { firstMissing, useChange, useFormProblem } from '../shared/useChange.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { passwordRules } from './passwordRules.js';
import { SignInLink } from '../shared/SignInLink.js';

const FORM_ID = 'change-password';
const CURRENT = `${FORM_ID}-current`;
const NEW = `${FORM_ID}-new`;
const CONFIRM = `${FORM_ID}-confirm`;
// The API names its fields; the form's ids are shorter.
const ALIASES = { currentPassword: 'current', newPassword: 'new' };

const BLANK = { current: '', fresh: '', confirm: '' };

function changedMessage(otherSessionsEnded: number): string {
  if (otherSessionsEnded === 0) return 'Your password has been changed.';
  return otherSessionsEnded === 1
    ? 'Your password has been changed and your 1 other session was signed out.'
    : `Your password has been changed and your ${otherSessionsEnded} other sessions were signed out.`;
}

/** A problem the form can see before asking the server: an empty field, or a confirmation that differs. */
function problemBeforeSending(fields: typeof BLANK): FormProblem | null {
  const missing = firstMissing([
    [CURRENT, fields.current, 'Enter your current password'],
    [NEW, fields.fresh, 'Enter a new password'],
    [CONFIRM, fields.confirm, 'Enter the new password again to confirm it'],
  ]);
  if (missing !== null) return missing;
  if (fields.fresh !== fields.confirm) {
    return { message: 'The two new passwords are not the same; type the same password in both', target: CONFIRM };
  }
  return null;
}

function ChangePasswordForm({ csrfToken, onChanged }: { csrfToken: string; onChanged: (text: string | null) => void }) {
  const [fields, setFields] = useState(BLANK);
  const change = useChange(csrfToken, onChanged, []);
  const { problem, setMissing, errorFor } = useFormProblem(FORM_ID, [CURRENT, NEW, CONFIRM], change.failure, ALIASES);
  const submit = async () => {
    // An earlier success no longer describes what is on the screen.
    onChanged(null);
    const missing = problemBeforeSending(fields);
    setMissing(missing);
    change.setFailure(null);
    if (missing !== null) return;
    const body: BodyOf<'changeOwnPassword'> = { currentPassword: fields.current, newPassword: fields.fresh };
    const sent = await change.send<ResponseOf<'changeOwnPassword'>>('POST', '/api/session/password', body, (r) =>
      changedMessage(r.otherSessionsEnded),
    );
    if (sent !== null) setFields(BLANK);
  };
  const bind = (name: keyof typeof BLANK, id: string) => ({
    id,
    value: fields[name],
    error: errorFor(id),
    onChange: (value: string) => {
      setFields((f) => ({ ...f, [name]: value }));
    },
  });
  return (
    <FormSection
      formId={FORM_ID}
      heading="Your new password"
      problem={problem}
      busy={change.busy}
      submit="Change password"
      onSubmit={() => void submit()}
    >
      <PasswordInput label="Current password" autoComplete="current-password" {...bind('current', CURRENT)} />
      <PasswordInput
        label="New password"
        hint={passwordRules('your')}
        autoComplete="new-password"
        {...bind('fresh', NEW)}
      />
      <PasswordInput label="Confirm new password" autoComplete="new-password" {...bind('confirm', CONFIRM)} />
    </FormSection>
  );
}

/** Anyone signed in with a Bluelamp password changes it here, proving who they are with the current one. */
export function ChangePasswordPage() {
  usePageTitle('Change your password');
  const session = useSession();
  const [changed, setChanged] = useState<string | null>(null);
  if (session.data === undefined) return null;
  const { user, csrfToken } = session.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {changed === null ? null : <SuccessBanner text={changed} />}
        <h1 className="govuk-heading-l">Change your password</h1>
        {user === null ? (
          <p className="govuk-body">
            <SignInLink className="govuk-link">Sign in</SignInLink> to change your password.
          </p>
        ) : (
          <>
            <p className="govuk-body">
              Changing your password signs you out everywhere else you are signed in as {user.username}, such as on
              another computer. You stay signed in here.
            </p>
            <p className="govuk-body">
              If you sign in with your force account, your password is kept by your force, not by Bluelamp: change it
              there.
            </p>
            <ChangePasswordForm csrfToken={csrfToken} onChanged={setChanged} />
          </>
        )}
      </div>
    </div>
  );
}
