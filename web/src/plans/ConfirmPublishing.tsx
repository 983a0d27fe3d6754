import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';

/** What one confirmation page says, and the request it sends when the person confirms. */
export interface ConfirmPublishingProps<Result> {
  readonly caption: string;
  readonly heading: string;
  /** What publishing does, and that it cannot be undone. */
  readonly lead: string;
  /** What becomes public. */
  readonly children: ReactNode;
  /** Why it cannot be published, as the summary says, or null. */
  readonly refusal: string | null;
  /** Before the refusal: "It cannot be published", "It cannot be published now". */
  readonly refusalLead: string;
  readonly publishLabel: string;
  readonly backTo: string;
  readonly send: () => Promise<Result>;
  readonly onPublished: (result: Result) => void;
}

/**
 * The confirmation step before something of a plan goes public: what becomes public, then one
 * button to publish and a way back. A refusal, from the summary or from the request, replaces the
 * button, so nothing refused can be sent again from the page.
 */
export function ConfirmPublishing<Result>(props: ConfirmPublishingProps<Result>) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const publish = async () => {
    setSending(true);
    try {
      props.onPublished(await props.send());
      await queryClient.invalidateQueries();
    } catch (error) {
      setProblem((error as Error).message);
      setSending(false);
    }
  };
  const refusal = problem ?? props.refusal;
  return (
    <>
      <span className="govuk-caption-l">{props.caption}</span>
      <h1 className="govuk-heading-l">{props.heading}</h1>
      <p className="govuk-body-l">{props.lead}</p>
      {props.children}
      {refusal === null ? null : (
        <div className="govuk-inset-text" role="alert">
          {props.refusalLead}: {refusal}
        </div>
      )}
      <div className="govuk-button-group">
        {refusal !== null ? null : (
          <button type="button" className="govuk-button" disabled={sending} onClick={() => void publish()}>
            {props.publishLabel}
          </button>
        )}
        <Link className="govuk-link" to={props.backTo}>
          Go back without publishing
        </Link>
      </div>
    </>
  );
}
