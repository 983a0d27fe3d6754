import { useState } from 'react';
import type { BodyOf, ResponseOf } from '../shared/apiTypes.js';
import { FormSection, Select, TextInput } from '../shared/formParts.js';
import { formatDate } from '../shared/format.js';
import { firstMissing, useChange, useFormProblem } from '../shared/useChange.js';

type NewToken = ResponseOf<'createApiToken'>;

const FORM_ID = 'new-api-token';
const NAME = `${FORM_ID}-name`;
const DAYS = `${FORM_ID}-days`;
const ALIASES = { name: 'name', expiresInDays: 'days' };
const LIFETIMES = [
  ['30', '30 days'],
  ['90', '90 days'],
  ['180', '180 days'],
  ['365', '1 year (the longest allowed)'],
] as const;

/** The secret of a token just made, with how to use it: the only time Bluelamp ever shows it. */
export function NewTokenSecret({ made }: { made: NewToken }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(made.secret);
    setCopied(true);
  };
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="new-token-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="new-token-title">
          Copy your token now
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">Your new token “{made.token.name}”</p>
        <p className="govuk-body">
          Bluelamp shows it only this once. Keep it somewhere safe, such as your tool’s credential store; if you lose
          it, revoke it and make another.
        </p>
        <p className="govuk-body" style={{ overflowWrap: 'anywhere' }}>
          <code id="new-token-secret" style={{ fontSize: '1.1rem' }}>
            {made.secret}
          </code>
        </p>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void copy()}>
            Copy token
          </button>
          <span className="govuk-body" role="status">
            {copied ? 'Copied to the clipboard.' : ''}
          </span>
        </div>
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          Your tool sends it in the header <code>Authorization: Bearer</code> followed by the token. Anyone who has it
          can read what you can until {formatDate(made.token.expiresAt.slice(0, 10))}.
        </p>
      </div>
    </div>
  );
}

/** Makes a read-only token for one of the person's tools; the page shows its secret once. */
export function NewApiTokenForm({ csrfToken, onMade }: { csrfToken: string; onMade: (made: NewToken | null) => void }) {
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const change = useChange(csrfToken, () => undefined, ['api-tokens']);
  const { problem, setMissing, errorFor } = useFormProblem(FORM_ID, [NAME, DAYS], change.failure, ALIASES);
  const submit = async () => {
    onMade(null);
    const missing = firstMissing([[NAME, name, 'Enter a name that says what will use the token']]);
    setMissing(missing);
    change.setFailure(null);
    if (missing !== null) return;
    const body: BodyOf<'createApiToken'> = { name: name.trim(), expiresInDays: Number(days) };
    const sent = await change.send<NewToken>('POST', '/api/account/tokens', body, () => '');
    if (sent === null) return;
    setName('');
    onMade(sent.result);
  };
  return (
    <FormSection
      formId={FORM_ID}
      heading="Make a token"
      intro="A token reads what you can read in Bluelamp, with your role and your units. It cannot change anything."
      problem={problem}
      busy={change.busy}
      submit="Make token"
      onSubmit={() => void submit()}
    >
      <TextInput
        id={NAME}
        label="Name"
        hint="What will use it, so you know which token to revoke, for example “Power BI tracker”"
        error={errorFor(NAME)}
        value={name}
        onChange={setName}
      />
      <Select id={DAYS} label="How long it works" error={errorFor(DAYS)} value={days} onChange={setDays}>
        {LIFETIMES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </FormSection>
  );
}
