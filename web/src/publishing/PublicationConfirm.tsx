import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../shared/client.js';
import { ErrorSummary, TextArea, type FormProblem } from '../shared/formParts.js';
import { PublicationFacts } from './PublicationSummaryParts.js';
import type { PublicationSummary } from './publicationTypes.js';
import { publishedVersionPath } from './reportQueries.js';
import type { PublishedReportVersion } from './reportTypes.js';

const NOTE = 'publication-note';

/**
 * Shown once the version is public. Focus moves to its heading, so a second press of Enter lands
 * on nothing that publishes: the page offers no publish button any more.
 */
function Published({ version, back }: { version: PublishedReportVersion; back: { to: string; label: string } }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" tabIndex={-1} ref={heading}>
          Version {version.version} published
        </h1>
        <div className="govuk-panel__body">
          {version.title}, {version.period}, is now public
        </div>
      </div>
      <p className="govuk-body">
        <a className="govuk-link" href={publishedVersionPath(version.reportKey, version.version, 'html')}>
          Read version {version.version} as published
        </a>
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={back.to}>
          {back.label}
        </Link>
      </p>
    </>
  );
}

export interface PublicationConfirmProps {
  readonly summary: PublicationSummary;
  /** What is published: "report" or "pack", in the page's words. */
  readonly what: string;
  readonly previews: ReactNode;
  readonly back: { readonly to: string; readonly label: string };
  /** Sends the publish request naming the version it creates, with the correction note if any. */
  readonly publish: (expectedVersion: number, note: string) => Promise<PublishedReportVersion>;
}

/** The confirmation step before a report or pack is frozen and public for ever: check it, then publish or go back. */
/** Sending the publish request once: what came back, or the problem to show and where it points. */
function usePublishing(publish: PublicationConfirmProps['publish'], expectedVersion: number) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [published, setPublished] = useState<PublishedReportVersion | null>(null);
  const send = async (note: string) => {
    setSending(true);
    setProblem(null);
    try {
      setPublished(await publish(expectedVersion, note));
      await queryClient.invalidateQueries({ queryKey: ['reports'] });
    } catch (error) {
      const onNote = error instanceof ApiError && error.field === 'note';
      setProblem({ message: (error as Error).message, target: onNote ? NOTE : 'publish-confirm' });
      setSending(false);
    }
  };
  return { problem, sending, published, send };
}

/** The confirmation step before a report or pack is frozen and public for ever: check it, then publish or go back. */
export function PublicationConfirm({ summary, what, previews, back, publish }: PublicationConfirmProps) {
  const [note, setNote] = useState('');
  const { problem, sending, published, send } = usePublishing(publish, summary.publication.nextVersion);
  if (published !== null) return <Published version={published} back={back} />;
  const correction = summary.publication.corrects !== null;
  return (
    <>
      <span className="govuk-caption-l">{summary.period}</span>
      <h1 className="govuk-heading-l">Publish this {what}: check what becomes public</h1>
      {problem === null ? null : <ErrorSummary problem={problem} />}
      <p className="govuk-body-l">
        Publishing freezes the {what} as it stands and makes it public at once. It cannot be withdrawn or changed; only
        corrected by a later version.
      </p>
      <PublicationFacts summary={summary} />
      {previews}
      {summary.refusal === null ? null : (
        <div className="govuk-inset-text" role="alert">
          It cannot be published now: {summary.refusal}
        </div>
      )}
      {correction && summary.refusal === null ? (
        <TextArea
          id={NOTE}
          label="Correction note"
          hint="Say what this version corrects. The public sees it beside the version."
          value={note}
          onChange={setNote}
          rows={3}
        />
      ) : null}
      <div className="govuk-button-group">
        {summary.refusal !== null ? null : (
          <button
            type="button"
            id="publish-confirm"
            className="govuk-button"
            disabled={sending}
            onClick={() => void send(note)}
          >
            Publish version {summary.publication.nextVersion}
          </button>
        )}
        <Link className="govuk-link" to={back.to}>
          Go back without publishing
        </Link>
      </div>
    </>
  );
}
