import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfirmPublishing } from './ConfirmPublishing.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { sendJson } from '../shared/client.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { useQuarterPublicationSummary } from './planQueries.js';
import type { QuarterPublicationSummary, QuarterPublished } from './planTypes.js';
import { SummaryBody } from './QuarterSummaryParts.js';

/**
 * Shown once the quarter is out. Focus moves to its heading, so a second press of Enter lands on
 * nothing that publishes: the page offers no button for the next quarter.
 */
function Published({ result, title }: { result: QuarterPublished; title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" tabIndex={-1} ref={heading}>
          {result.quarter} published
        </h1>
        <div className="govuk-panel__body">
          {result.published} {result.published === 1 ? 'update' : 'updates'} of {title} are now public
        </div>
      </div>
      <p className="govuk-body">
        {result.leftUnpublished === 0
          ? 'Every update of the quarter was published.'
          : `${result.leftUnpublished} not approved ${result.leftUnpublished === 1 ? 'stays' : 'stay'} unpublished; ${result.leftUnpublished === 1 ? 'its milestone shows' : 'their milestones show'} “No update”.`}{' '}
        The plan is now collecting updates for {result.nextReportingQuarter}.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/review">
          Back to review updates
        </Link>
      </p>
    </>
  );
}

function Confirm({
  summary,
  csrfToken,
  onPublished,
}: {
  summary: QuarterPublicationSummary;
  csrfToken: string;
  onPublished: (result: QuarterPublished) => void;
}) {
  const path = `/api/plans/${summary.plan.id}/quarters/${encodeURIComponent(summary.quarter)}/publish`;
  return (
    <ConfirmPublishing
      caption={summary.plan.title}
      heading={`Publish ${summary.quarter}: check what becomes public`}
      lead="Publishing puts the quarter’s approved updates on the public record at once, and it cannot be undone. The plan then collects updates for the next quarter."
      refusal={summary.refusal}
      refusalLead="It cannot be published now"
      publishLabel={`Publish ${summary.quarter}`}
      backTo="/review"
      send={() => sendJson<QuarterPublished>('POST', path, undefined, csrfToken)}
      onPublished={onPublished}
    >
      <SummaryBody summary={summary} />
    </ConfirmPublishing>
  );
}

/** /plans/:planId/quarters/:quarter/publish: the confirmation step before a quarter goes public. */
export function PublishQuarterPage() {
  const { planId = '', quarter = '' } = useParams();
  usePageTitle(`Publish ${quarter}`);
  const session = useSession();
  const role = session.data?.user?.role;
  const allowed = role === 'performance' || role === 'admin';
  const query = useQuarterPublicationSummary(planId, quarter, allowed);
  const [published, setPublished] = useState<QuarterPublished | null>(null);
  return (
    <>
      <Breadcrumbs trail={[{ to: '/review', label: 'Review updates' }]} />
      {session.data === undefined ? null : !allowed ? (
        <>
          <h1 className="govuk-heading-l">Publish {quarter}</h1>
          <p className="govuk-body">Publishing a quarter is for the performance team.</p>
        </>
      ) : (
        <QueryState {...query} what="what this quarter would publish">
          {(summary) =>
            published === null ? (
              <Confirm summary={summary} csrfToken={session.data?.csrfToken ?? ''} onPublished={setPublished} />
            ) : (
              <Published result={published} title={summary.plan.title} />
            )
          }
        </QueryState>
      )}
    </>
  );
}
