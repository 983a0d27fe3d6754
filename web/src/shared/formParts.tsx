import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useErrorTitle } from './usePageTitle.js';

/** What went wrong with a form, and the id of the field to take the reader to. */
export interface FormProblem {
  message: string;
  target: string;
}

/** The field ids an API field name ("body.evidence.0.url", "evidence[0].title", "due") stands for in a form. */
export function fieldTarget(
  formId: string,
  apiField: string | null,
  known: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string {
  const name = (apiField ?? '')
    .replace(/^body\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\./g, '-');
  const id = `${formId}-${aliases[name] ?? name}`;
  return known.includes(id) ? id : (known[0] ?? formId);
}

function focusField(id: string) {
  const field = document.getElementById(id);
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
}

/** The GOV.UK error summary with every problem, each linked to its field; focused when it appears. */
function ErrorSummaryBox({ problems }: { problems: readonly FormProblem[] }) {
  const box = useRef<HTMLDivElement>(null);
  useErrorTitle();
  useEffect(() => {
    box.current?.focus();
  }, [problems]);
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.map((problem) => (
              <li key={`${problem.target} ${problem.message}`}>
                <a
                  href={`#${problem.target}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(problem.target);
                  }}
                >
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** Every problem a form found at once, as one GOV.UK error summary; nothing when there are none. */
export function ErrorList({ problems }: { problems: readonly FormProblem[] }) {
  return problems.length === 0 ? null : <ErrorSummaryBox problems={problems} />;
}

/** The GOV.UK error summary for a form's one problem. */
export function ErrorSummary({ problem }: { problem: FormProblem }) {
  const problems = useMemo(() => [problem], [problem]);
  return <ErrorSummaryBox problems={problems} />;
}

/** The GOV.UK success banner, focused so screen readers hear what just happened. */
export function SuccessBanner({ text }: { text: string }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    banner.current?.focus();
  }, [text]);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-title"
      data-module="govuk-notification-banner"
      ref={banner}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}

/** A field's error in GOV.UK's words and markup, tied to the field by its id; nothing when there is none. */
export function ErrorMessage({ id, error }: { id: string; error: string | undefined }) {
  if (error === undefined) return null;
  return (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`];
  const joined = ids.filter((x) => x !== null).join(' ');
  return joined === '' ? undefined : joined;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled field with its hint and error, in a GOV.UK form group. */
function Group({ id, label, hint, error, children }: Omit<FieldProps, 'value' | 'onChange'> & { children: ReactNode }) {
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
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

export function TextInput(props: FieldProps & { widthClass?: string; type?: 'text' | 'url' }) {
  const { id, hint, error, value, onChange, widthClass = 'govuk-!-width-two-thirds', type = 'text' } = props;
  return (
    <Group {...props}>
      <input
        className={`govuk-input ${widthClass}${error === undefined ? '' : ' govuk-input--error'}`}
        id={id}
        name={id}
        type={type}
        spellCheck={type === 'text'}
        aria-describedby={describedBy(id, hint, error)}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </Group>
  );
}

/**
 * A password field: never shown, spell-checked or sent to a spelling service; `autoComplete` lets
 * password managers fill the current password and offer to save a new one.
 */
export function PasswordInput(props: FieldProps & { autoComplete: 'current-password' | 'new-password' }) {
  const { id, hint, error, value, onChange, autoComplete } = props;
  return (
    <Group {...props}>
      <input
        className={`govuk-input govuk-!-width-one-half${error === undefined ? '' : ' govuk-input--error'}`}
        id={id}
        name={id}
        type="password"
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="none"
        aria-describedby={describedBy(id, hint, error)}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </Group>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { id, hint, error, value, onChange, rows = 3 } = props;
  return (
    <Group {...props}>
      <textarea
        className={`govuk-textarea${error === undefined ? '' : ' govuk-textarea--error'}`}
        id={id}
        name={id}
        rows={rows}
        aria-describedby={describedBy(id, hint, error)}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </Group>
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** GOV.UK radios; the first radio carries the group's id, so an error summary can link to it. */
export function Radios(props: Omit<FieldProps, 'label'> & { legend: string; choices: readonly Choice[] }) {
  const { id, legend, hint, error, value, onChange, choices } = props;
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint === undefined ? null : (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <ErrorMessage id={id} error={error} />
        <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
          {choices.map((choice, index) => {
            const radioId = index === 0 ? id : `${id}-${choice.value}`;
            return (
              <div className="govuk-radios__item" key={choice.value}>
                <input
                  className="govuk-radios__input"
                  id={radioId}
                  name={id}
                  type="radio"
                  value={choice.value}
                  checked={value === choice.value}
                  aria-describedby={choice.hint === undefined ? undefined : `${radioId}-hint`}
                  onChange={() => {
                    onChange(choice.value);
                  }}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={radioId}>
                  {choice.label}
                </label>
                {choice.hint === undefined ? null : (
                  <div className="govuk-hint govuk-radios__hint" id={`${radioId}-hint`}>
                    {choice.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * A GOV.UK select; the options (and any option groups) come as children. Build them in the
 * component that renders the select, from data it reads itself: React sets a controlled select's
 * value only when the select renders, so options a child fetched and added later would show the
 * first option instead of `value`.
 */
export function Select(props: FieldProps & { children: ReactNode }) {
  const { id, hint, error, value, onChange, children } = props;
  return (
    <Group {...props}>
      <select
        className={`govuk-select${error === undefined ? '' : ' govuk-select--error'}`}
        id={id}
        name={id}
        aria-describedby={describedBy(id, hint, error)}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        {children}
      </select>
    </Group>
  );
}

interface FormSectionProps {
  formId: string;
  heading: string;
  intro?: string;
  problem: FormProblem | null;
  busy: boolean;
  submit: string;
  onSubmit: () => void;
  children: ReactNode;
}

/** One of a page's forms in a box of its own: heading, what it does, its problem, its fields and its button. */
export function FormSection({ formId, heading, intro, problem, busy, submit, onSubmit, children }: FormSectionProps) {
  return (
    <section className="bl-response-form" aria-labelledby={`${formId}-heading`}>
      <h2 className="govuk-heading-m" id={`${formId}-heading`}>
        {heading}
      </h2>
      {intro === undefined ? null : <p className="govuk-body">{intro}</p>}
      {problem === null ? null : <ErrorSummary problem={problem} />}
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <button type="submit" className="govuk-button" disabled={busy}>
          {submit}
        </button>
      </form>
    </section>
  );
}
