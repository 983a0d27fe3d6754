interface PasswordInputProps {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** Lets password managers fill the current password and offer to save the new one. */
  autoComplete: 'current-password' | 'new-password';
}

/**
 * A GOV.UK password field with its hint and error. The shared text input only knows text and
 * addresses; a password must not be shown on screen, spell-checked or sent to a spelling service.
 */
export function PasswordInput({ id, label, hint, error, value, onChange, autoComplete }: PasswordInputProps) {
  const describedBy = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint === undefined ? null : (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error === undefined ? null : (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        className={`govuk-input govuk-!-width-one-half${error === undefined ? '' : ' govuk-input--error'}`}
        id={id}
        name={id}
        type="password"
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="none"
        aria-describedby={describedBy === '' ? undefined : describedBy}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}

/** What the service asks of a new password (its password policy), in words a person can act on. */
export function passwordRules(whose: 'your' | 'their'): string {
  return (
    'At least 12 characters; three random words make a good one. ' +
    `It must not be a common password or contain ${whose} user name.`
  );
}
