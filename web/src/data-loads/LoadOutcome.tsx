import { useEffect, useRef, type ReactNode } from 'react';
import { problemPlace, type FileProblem } from './upload.js';

/** More than this many problems are counted rather than listed: one pass over a broken file is still readable. */
const LISTED = 100;

/**
 * The GOV.UK error summary with every problem of a refused file, each naming its file, row and
 * column, and each taking the reader back to the file field; focused when it appears.
 */
export function FileProblems({
  problems,
  lead,
  fieldId,
}: {
  problems: readonly FileProblem[];
  lead: string;
  fieldId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [problems]);
  const shown = problems.slice(0, LISTED);
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <h3 className="govuk-error-summary__title">There is a problem</h3>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{lead}</p>
          <ul className="govuk-list govuk-error-summary__list">
            {shown.map((problem, index) => (
              <li key={index}>
                <a
                  href={`#${fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId)?.focus();
                  }}
                >
                  {problemPlace(problem)}: {problem.problem}
                </a>
              </li>
            ))}
          </ul>
          {problems.length > shown.length ? (
            <p className="govuk-body">
              And {problems.length - shown.length} more problems, listed once these are fixed or by the command line.
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** The GOV.UK success banner saying what was loaded and where it shows; focused when it appears. */
export function LoadedBanner({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    banner.current?.focus();
  }, [heading]);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={`${id}-loaded-title`}
      data-module="govuk-notification-banner"
      ref={banner}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h3 className="govuk-notification-banner__title" id={`${id}-loaded-title`}>
          Success
        </h3>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}

/** What the form is doing, read out as it changes; a bar while the file is on its way. */
export function LoadProgress({ id, status, share }: { id: string; status: string; share: number | null }) {
  return (
    <div className="bl-load-progress">
      <p className="govuk-body" id={`${id}-status`} role="status" aria-live="polite">
        {status}
      </p>
      {share === null ? null : (
        <progress
          className="bl-load-progress__bar"
          max={100}
          value={Math.round(share * 100)}
          aria-labelledby={`${id}-status`}
        >
          {Math.round(share * 100)}%
        </progress>
      )}
    </div>
  );
}
