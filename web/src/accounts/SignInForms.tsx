import { useState } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { Radios, TextArea, TextInput, type FormProblem } from '../shared/formParts.js';
import { useAccountChange, useTitleWithProblem } from './accountChange.js';
import { AccountActionSection } from './AccountActionSection.js';
import type { AccountFormProps } from './AccessForm.js';

const SSO_FORM = 'sso';
const SSO_CHOICE = `${SSO_FORM}-choice`;
const SSO_EMAIL = `${SSO_FORM}-email`;
const SSO_REASON = `${SSO_FORM}-reason`;

const SSO_CHOICES = [
  { value: 'yes', label: 'They sign in through single sign-on', hint: 'With the e-mail address below' },
  { value: 'no', label: 'No single sign-on', hint: 'They sign in with a password only' },
];

const path = (username: string) => `/api/users/${encodeURIComponent(username)}`;

function ssoProblem(choice: string, email: string, reason: string): FormProblem | null {
  if (choice === 'yes' && email.trim() === '')
    return { message: 'Enter the e-mail address they sign in with', target: SSO_EMAIL };
  if (reason.trim() === '')
    return { message: 'Give a reason for the change, for the account’s history', target: SSO_REASON };
  return null;
}

/** The single sign-on form's answers, and sending them once they are complete. */
function useSsoChange({ user, csrfToken, onDone, onClose }: AccountFormProps) {
  const [choice, setChoice] = useState(user.ssoEmail === null ? 'no' : 'yes');
  const [email, setEmail] = useState(user.ssoEmail ?? '');
  const [reason, setReason] = useState('');
  const change = useAccountChange(csrfToken, SSO_FORM, [SSO_CHOICE, SSO_EMAIL, SSO_REASON], { ssoEmail: 'email' });
  useTitleWithProblem(user.username, change.problem);
  const submit = async () => {
    const problem = ssoProblem(choice, email, reason);
    change.setProblem(problem);
    if (problem !== null) return;
    const body: BodyOf<'changeUser'> = { ssoEmail: choice === 'yes' ? email.trim() : null, reason };
    if ((await change.send('PATCH', path(user.username), body)) === null) return;
    onDone(
      choice === 'yes'
        ? `${user.username} signs in through single sign-on as ${email.trim()}.`
        : `${user.username} no longer signs in through single sign-on.`,
    );
    onClose();
  };
  return { choice, setChoice, email, setEmail, reason, setReason, change, submit };
}

/** Marks an account for single sign-on with the address the identity provider vouches for, or takes the mark away. */
export function SsoForm(props: AccountFormProps) {
  const { user, onClose } = props;
  const { choice, setChoice, email, setEmail, reason, setReason, change, submit } = useSsoChange(props);
  return (
    <AccountActionSection
      formId={SSO_FORM}
      heading={`Single sign-on for ${user.username}`}
      intro={
        <p className="govuk-body">
          Any force account linked before is unlinked and their sessions end. An account with no password signs in only
          through single sign-on; reset its password to let it sign in with one too.
        </p>
      }
      problem={change.problem}
      busy={change.busy}
      submit="Save single sign-on"
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <Radios
        id={SSO_CHOICE}
        legend="Single sign-on"
        choices={SSO_CHOICES}
        value={choice}
        onChange={setChoice}
        error={change.errorFor(SSO_CHOICE)}
      />
      {choice === 'yes' ? (
        <TextInput
          id={SSO_EMAIL}
          label="E-mail address they sign in with"
          hint="As the force's identity provider knows it, for example a.smith@force.police.uk"
          widthClass="govuk-input--width-30"
          value={email}
          onChange={setEmail}
          error={change.errorFor(SSO_EMAIL)}
        />
      ) : null}
      <TextArea
        id={SSO_REASON}
        label="Reason"
        value={reason}
        onChange={setReason}
        error={change.errorFor(SSO_REASON)}
      />
    </AccountActionSection>
  );
}

const DISABLE_FORM = 'disable-account';
const DISABLE_REASON = `${DISABLE_FORM}-reason`;

/** Stops an account signing in, ending its sessions; the account and its history stay. */
export function DisableForm({ user, csrfToken, onDone, onClose }: AccountFormProps) {
  const [reason, setReason] = useState('');
  const change = useAccountChange(csrfToken, DISABLE_FORM, [DISABLE_REASON], {});
  useTitleWithProblem(user.username, change.problem);
  const submit = async () => {
    const problem =
      reason.trim() === ''
        ? { message: 'Give a reason for disabling the account, for its history', target: DISABLE_REASON }
        : null;
    change.setProblem(problem);
    if (problem !== null) return;
    const body: BodyOf<'changeUser'> = { disabled: true, reason };
    if ((await change.send('PATCH', path(user.username), body)) === null) return;
    onDone(`Disabled ${user.username}; their sessions have ended.`);
    onClose();
  };
  return (
    <AccountActionSection
      formId={DISABLE_FORM}
      heading={`Disable ${user.username}`}
      intro={<p className="govuk-body">They cannot sign in until re-enabled. Their account and its history stay.</p>}
      problem={change.problem}
      busy={change.busy}
      submit="Disable account"
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <TextArea
        id={DISABLE_REASON}
        label="Reason"
        hint="Recorded in the account’s history, for example: left the force"
        value={reason}
        onChange={setReason}
        error={change.errorFor(DISABLE_REASON)}
      />
    </AccountActionSection>
  );
}

const EMAIL_FORM = 'contact';
const EMAIL = `${EMAIL_FORM}-email`;

/** Where reminders go; blank takes the address away. */
export function ContactEmailForm({ user, csrfToken, onDone, onClose }: AccountFormProps) {
  const [email, setEmail] = useState(user.email ?? '');
  const change = useAccountChange(csrfToken, EMAIL_FORM, [EMAIL], { email: 'email' });
  useTitleWithProblem(user.username, change.problem);
  const submit = async () => {
    const body: BodyOf<'changeUser'> = { email: email.trim() === '' ? null : email.trim() };
    if ((await change.send('PATCH', path(user.username), body)) === null) return;
    onDone(email.trim() === '' ? `${user.username} gets no reminders by e-mail.` : `Reminders go to ${email.trim()}.`);
    onClose();
  };
  return (
    <AccountActionSection
      formId={EMAIL_FORM}
      heading={`E-mail address for reminders of ${user.username}`}
      intro={<p className="govuk-body">Leave it blank to send them no reminders by e-mail.</p>}
      problem={change.problem}
      busy={change.busy}
      submit="Save e-mail address"
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <TextInput
        id={EMAIL}
        label="E-mail address for reminders"
        widthClass="govuk-input--width-30"
        value={email}
        onChange={setEmail}
        error={change.errorFor(EMAIL)}
      />
    </AccountActionSection>
  );
}
