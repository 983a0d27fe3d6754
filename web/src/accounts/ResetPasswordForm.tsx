import { useEffect, useRef, useState } from 'react';
import type { BodyOf, ResponseOf } from '../shared/apiTypes.js';
import { PasswordInput, Radios, TextArea, type FormProblem } from '../shared/formParts.js';
import { WarningText } from '../shared/govuk.js';
import type { UserSummary } from '../shared/types.js';
import { firstMissing, useChange, useFormProblem } from '../shared/useChange.js';
import { AccountActionSection } from './AccountActionSection.js';
import { passwordRules } from './passwordRules.js';

const FORM_ID = 'reset-password';
const HOW = `${FORM_ID}-how`;
const PASSWORD = `${FORM_ID}-password`;
const REASON = `${FORM_ID}-reason`;

const HOW_CHOICES = [
  {
    value: 'generate',
    label: 'Make a strong password for me',
    hint: 'Bluelamp makes one and shows it to you once, for you to pass on',
  },
  { value: 'choose', label: 'I will choose the password' },
];

interface Props {
  user: UserSummary;
  csrfToken: string;
  /** Says on the page what was done, once the form has closed. */
  onDone: (message: string) => void;
  onClose: () => void;
}

/**
 * The password Bluelamp made, shown this once: it is kept nowhere but this component's state,
 * so it goes when the administrator says they have passed it on or leaves the page.
 */
export function GeneratedPassword(props: {
  user: UserSummary;
  password: string;
  heading?: string;
  onClose: () => void;
}) {
  const { user, password, onClose } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="bl-response-form" aria-labelledby="generated-password-heading">
      <h2 className="govuk-heading-m" id="generated-password-heading" ref={headingRef} tabIndex={-1}>
        {props.heading ?? `New password for ${user.displayName || user.username}`}
      </h2>
      <p className="govuk-body">
        {props.heading === undefined ? (
          <>
            The password of <strong>{user.username}</strong> has been reset and their sessions have ended. Their new
            password is:
          </>
        ) : (
          <>
            The password of <strong>{user.username}</strong> is:
          </>
        )}
      </p>
      <p className="govuk-body govuk-!-font-size-27 govuk-!-font-weight-bold">
        <code id="generated-password">{password}</code>
      </p>
      <WarningText>
        This is the only time it is shown. Give it to {user.displayName || user.username} in person or by phone, not by
        e-mail or chat, and ask them to change it to one of their own as soon as they sign in.
      </WarningText>
      <button type="button" className="govuk-button" onClick={onClose}>
        I have passed it on
      </button>
    </section>
  );
}

function resetProblem(how: string, password: string, reason: string): FormProblem | null {
  return firstMissing([
    ...(how === 'choose' ? [[PASSWORD, password, 'Enter the new password'] as [string, string, string]] : []),
    [REASON, reason, 'Give a reason for resetting the password, for the account’s history'],
  ]);
}

/** The reset form's fields and what sending it does: the password made is kept to be shown once. */
function useResetPassword({ user, csrfToken, onDone, onClose }: Props) {
  const [how, setHow] = useState('generate');
  const [password, setPassword] = useState('');
  const [reason, setReason] = useState('');
  const [generated, setGenerated] = useState<string | null>(null);
  const change = useChange(csrfToken, () => undefined, ['users']);
  const { problem, setMissing, errorFor } = useFormProblem(FORM_ID, [HOW, PASSWORD, REASON], change.failure);
  const submit = async () => {
    const missing = resetProblem(how, password, reason);
    setMissing(missing);
    change.setFailure(null);
    if (missing !== null) return;
    const body: BodyOf<'resetUserPassword'> = how === 'choose' ? { password, reason } : { reason };
    const path = `/api/users/${encodeURIComponent(user.username)}/password`;
    const sent = await change.send<ResponseOf<'resetUserPassword'>>('POST', path, body, () => '');
    if (sent === null) return;
    if (sent.result.generatedPassword !== null) {
      setGenerated(sent.result.generatedPassword);
      return;
    }
    onDone(`Set the password of ${user.username} to the one you chose; their sessions have ended.`);
    onClose();
  };
  const fields = { how, setHow, password, setPassword, reason, setReason };
  return { fields, generated, problem, errorFor, busy: change.busy, submit };
}

/** An administrator resets someone's password: one they choose, or a strong one Bluelamp makes. */
export function ResetPasswordForm(props: Props) {
  const { user, onClose } = props;
  const { fields, generated, problem, errorFor, busy, submit } = useResetPassword(props);
  const { how, setHow, password, setPassword, reason, setReason } = fields;
  if (generated !== null) return <GeneratedPassword user={user} password={generated} onClose={onClose} />;
  return (
    <AccountActionSection
      formId={FORM_ID}
      heading={`Reset the password of ${user.username}`}
      intro={
        <p className="govuk-body">
          Their sessions end and any failed sign-ins are forgotten, so they can sign in with the new password at once.
        </p>
      }
      problem={problem}
      busy={busy}
      submit="Reset password"
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <Radios
        id={HOW}
        legend="New password"
        choices={HOW_CHOICES}
        value={how}
        onChange={setHow}
        error={errorFor(HOW)}
      />
      {how === 'choose' ? (
        <PasswordInput
          id={PASSWORD}
          label="Password to give them"
          hint={passwordRules('their')}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errorFor(PASSWORD)}
        />
      ) : null}
      <TextArea
        id={REASON}
        label="Reason"
        hint="Recorded in the account’s history, for example: forgot their password, asked by phone"
        value={reason}
        onChange={setReason}
        error={errorFor(REASON)}
      />
    </AccountActionSection>
  );
}
