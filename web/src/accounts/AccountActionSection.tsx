import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorSummary, type FormProblem } from '../shared/formParts.js';

interface AccountActionSectionProps {
  formId: string;
  heading: string;
  intro: ReactNode;
  problem: FormProblem | null;
  busy: boolean;
  submit: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The form for one action on one account, opened from its row in the users table. It takes the
 * focus when it opens, so that a keyboard or screen reader user lands on what they asked for
 * rather than having to find it below the table; Cancel closes it without changing anything.
 */
export function AccountActionSection(props: AccountActionSectionProps) {
  const { formId, heading, intro, problem, busy, submit, onSubmit, onCancel, children } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus();
  }, [formId, heading]);
  return (
    <section className="bl-response-form" aria-labelledby={`${formId}-heading`}>
      <h2 className="govuk-heading-m" id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {intro}
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
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={busy}>
            {submit}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
