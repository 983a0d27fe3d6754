import type { StatusDefinition } from './planTypes.js';

/** The plan's status scale as GOV.UK radios, each with its meaning as the hint. */
export function StatusRadios({
  statuses,
  value,
  onChange,
  error,
}: {
  statuses: StatusDefinition[];
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
}) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" aria-describedby={error === undefined ? undefined : 'status-error'}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Status at the end of the quarter</legend>
        {error === undefined ? null : (
          <p className="govuk-error-message" id="status-error">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-radios govuk-radios--small">
          {statuses.map((status) => (
            <div className="govuk-radios__item" key={status.code}>
              <input
                className="govuk-radios__input"
                id={`status-${status.code}`}
                name="status"
                type="radio"
                value={status.code}
                checked={value === status.code}
                aria-describedby={`status-${status.code}-hint`}
                onChange={() => {
                  onChange(status.code);
                }}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={`status-${status.code}`}>
                <span aria-hidden="true">{status.symbol} </span>
                {status.label}
              </label>
              <div id={`status-${status.code}-hint`} className="govuk-hint govuk-radios__hint">
                {status.meaning}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
