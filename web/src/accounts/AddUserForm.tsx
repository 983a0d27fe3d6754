import { useState } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { FormSection, PasswordInput, Radios, TextInput, type FormProblem } from '../shared/formParts.js';
import type { UserSummary } from '../shared/types.js';
import { strongPassword, useAccountChange, useTitleWithProblem, type RoleName } from './accountChange.js';
import { passwordRules } from './passwordRules.js';
import { RoleSelect } from './RoleSelect.js';
import { UnitPicker } from './UnitPicker.js';

const FORM_ID = 'add-user';
const id = (name: string) => `${FORM_ID}-${name}`;
const KNOWN = ['username', 'name', 'role', 'scope', 'signin', 'how', 'password', 'sso-email', 'email'].map(id);
const ALIASES = { displayName: 'name', ssoEmail: 'sso-email' };

const SIGN_IN_CHOICES = [
  { value: 'password', label: 'With a password' },
  {
    value: 'sso',
    label: 'Single sign-on only',
    hint: 'They sign in with their force account; Bluelamp keeps no password for them',
  },
];
const HOW_CHOICES = [
  { value: 'generate', label: 'Make a strong one for me', hint: 'It is shown to you once, for you to pass on' },
  { value: 'choose', label: 'I will choose their password' },
];

interface Fields {
  username: string;
  name: string;
  role: RoleName;
  scope: string[];
  signIn: string;
  how: string;
  password: string;
  ssoEmail: string;
  email: string;
}

const EMPTY: Fields = {
  username: '',
  name: '',
  role: 'owner',
  scope: [],
  signIn: 'password',
  how: 'generate',
  password: '',
  ssoEmail: '',
  email: '',
};

/** What is missing or contradicts itself, said before anything is sent. */
function missingFrom(f: Fields): FormProblem | null {
  const checks: [boolean, string, string][] = [
    [f.username.trim() === '', 'username', 'Enter a user name'],
    [f.role === 'owner' && f.scope.length === 0, 'scope', 'Choose at least one unit the owner updates for'],
    [f.signIn === 'password' && f.how === 'choose' && f.password === '', 'password', 'Enter the password to give them'],
    [f.signIn === 'sso' && f.ssoEmail.trim() === '', 'sso-email', 'Enter the e-mail address they sign in with'],
  ];
  const found = checks.find(([missing]) => missing);
  return found === undefined ? null : { message: found[2], target: id(found[1]) };
}

function bodyOf(f: Fields, password: string | undefined): BodyOf<'addUser'> {
  return {
    username: f.username.trim(),
    displayName: f.name.trim(),
    role: f.role,
    scope: f.role === 'owner' ? f.scope : [],
    ...(password === undefined ? {} : { password }),
    ...(f.signIn === 'sso' ? { ssoEmail: f.ssoEmail.trim() } : {}),
    ...(f.email.trim() === '' ? {} : { email: f.email.trim() }),
  };
}

interface AddUserFormProps {
  csrfToken: string;
  onDone: (message: string) => void;
  /** A password made here, to be shown once by the page. */
  onGenerated: (user: UserSummary, password: string) => void;
}

/** Adds an account: role, name, the units an owner updates for, and how they sign in. */
export function AddUserForm({ csrfToken, onDone, onGenerated }: AddUserFormProps) {
  const [f, setF] = useState<Fields>(EMPTY);
  const set = (change: Partial<Fields>) => {
    setF((before) => ({ ...before, ...change }));
  };
  const change = useAccountChange(csrfToken, FORM_ID, KNOWN, ALIASES);
  useTitleWithProblem('Users', change.problem);
  const submit = async () => {
    const missing = missingFrom(f);
    change.setProblem(missing);
    if (missing !== null) return;
    const generated = f.signIn === 'password' && f.how === 'generate' ? strongPassword() : undefined;
    const password = f.signIn === 'password' ? (generated ?? f.password) : undefined;
    const sent = await change.send('POST', '/api/users', bodyOf(f, password));
    if (sent === null) return;
    const added = sent.result as UserSummary;
    setF(EMPTY);
    if (generated !== undefined) onGenerated(added, generated);
    else onDone(`Added ${added.username}.`);
  };
  return (
    <FormSection
      formId={FORM_ID}
      heading="Add an account"
      problem={change.problem}
      busy={change.busy}
      submit="Add account"
      onSubmit={() => void submit()}
    >
      <AccountFields f={f} set={set} errorFor={change.errorFor} />
    </FormSection>
  );
}

interface FieldsProps {
  f: Fields;
  set: (change: Partial<Fields>) => void;
  errorFor: (id: string) => string | undefined;
}

function AccountFields(props: FieldsProps) {
  return (
    <>
      <IdentityFields {...props} />
      <RoleAndScopeFields {...props} />
      <SignInFields {...props} />
    </>
  );
}

/** Who the account is for and where their reminders go. */
function IdentityFields({ f, set, errorFor }: FieldsProps) {
  return (
    <>
      <TextInput
        id={id('username')}
        label="User name"
        hint="2 to 64 letters, digits, dots, dashes, underscores or @; for single sign-on, as at the force's identity provider"
        widthClass="govuk-input--width-20"
        value={f.username}
        onChange={(username) => {
          set({ username });
        }}
        error={errorFor(id('username'))}
      />
      <TextInput
        id={id('name')}
        label="Name"
        hint="As colleagues know them, for example Sam Patel"
        widthClass="govuk-input--width-20"
        value={f.name}
        onChange={(name) => {
          set({ name });
        }}
        error={errorFor(id('name'))}
      />
      <TextInput
        id={id('email')}
        label="E-mail address for reminders (optional)"
        hint="Where Bluelamp sends reminders of updates due"
        widthClass="govuk-input--width-30"
        value={f.email}
        onChange={(email) => {
          set({ email });
        }}
        error={errorFor(id('email'))}
      />
    </>
  );
}

/** What the account may do, and for an owner the units they update for. */
function RoleAndScopeFields({ f, set, errorFor }: FieldsProps) {
  return (
    <>
      <RoleSelect
        id={id('role')}
        value={f.role}
        fallback="viewer"
        onChange={(role) => {
          set({ role });
        }}
        error={errorFor(id('role'))}
      />
      {f.role === 'owner' ? (
        <UnitPicker
          id={id('scope')}
          value={f.scope}
          onChange={(scope) => {
            set({ scope });
          }}
          error={errorFor(id('scope'))}
        />
      ) : null}
    </>
  );
}

/** Password or single sign-on, and the password or address that goes with it. */
function SignInFields({ f, set, errorFor }: FieldsProps) {
  return (
    <>
      <Radios
        id={id('signin')}
        legend="How they sign in"
        choices={SIGN_IN_CHOICES}
        value={f.signIn}
        onChange={(signIn) => {
          set({ signIn });
        }}
        error={errorFor(id('signin'))}
      />
      {f.signIn === 'password' ? (
        <Radios
          id={id('how')}
          legend="Password"
          choices={HOW_CHOICES}
          value={f.how}
          onChange={(how) => {
            set({ how });
          }}
          error={errorFor(id('how'))}
        />
      ) : (
        <TextInput
          id={id('sso-email')}
          label="E-mail address they sign in with"
          hint="As the force's identity provider knows it, for example a.smith@force.police.uk"
          widthClass="govuk-input--width-30"
          value={f.ssoEmail}
          onChange={(ssoEmail) => {
            set({ ssoEmail });
          }}
          error={errorFor(id('sso-email'))}
        />
      )}
      {f.signIn === 'password' && f.how === 'choose' ? (
        <PasswordInput
          id={id('password')}
          label="Password to give them"
          hint={passwordRules('their')}
          autoComplete="new-password"
          value={f.password}
          onChange={(password) => {
            set({ password });
          }}
          error={errorFor(id('password'))}
        />
      ) : null}
    </>
  );
}
