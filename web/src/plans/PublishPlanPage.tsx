import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfirmPublishing } from './ConfirmPublishing.js';
import type { BodyOf } from '../shared/apiTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { sendJson } from '../shared/client.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { PlanPublicationBody } from './PlanPublicationParts.js';
import { usePlanPublicationSummary } from './planQueries.js';
import type { PlanPublicationSummary, PlanPublished } from './planTypes.js';

/** Shown once the version is out. Focus moves to its heading, where a second Enter publishes nothing. */
function Published({ result }: { result: PlanPublished }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" tabIndex={-1} ref={heading}>
          Version {result.version} published
        </h1>
        <div className="govuk-panel__body">{result.title} is now the plan everyone reads and reports against</div>
      </div>
      <p className="govuk-body">
        Published on {result.publishedOn ?? 'today'}; it collects updates for {result.reportingQuarter ?? 'no quarter'}.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/plans/${result.id}`}>
          Go to the published plan
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
  summary: PlanPublicationSummary;
  csrfToken: string;
  onPublished: (result: PlanPublished) => void;
}) {
  const { plan } = summary;
  // The version read here is named, so a repeat or a stale page is refused rather than acted on.
  const body = { version: plan.version } satisfies BodyOf<'publishPlan'>;
  return (
    <ConfirmPublishing
      caption={plan.title}
      heading={`Publish version ${plan.version}: check what becomes public`}
      lead="Publishing makes this version the plan the public reads and owners report against, at once, and it cannot be undone."
      refusal={summary.refusal}
      refusalLead="It cannot be published"
      publishLabel={`Publish version ${plan.version}`}
      backTo={`/plans/${plan.id}`}
      send={() => sendJson<PlanPublished>('POST', `/api/plans/${plan.id}/publish`, body, csrfToken)}
      onPublished={onPublished}
    >
      <PlanPublicationBody summary={summary} />
    </ConfirmPublishing>
  );
}

/** /plans/:planId/publish: the confirmation step before a plan version goes public. */
export function PublishPlanPage() {
  const { planId = '' } = useParams();
  usePageTitle('Publish a plan version');
  const session = useSession();
  const role = session.data?.user?.role;
  const allowed = role === 'performance' || role === 'admin';
  const query = usePlanPublicationSummary(planId, allowed);
  const [published, setPublished] = useState<PlanPublished | null>(null);
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/plans', label: 'Plans' },
          { to: `/plans/${planId}`, label: query.data?.plan.title ?? 'Plan' },
        ]}
      />
      {session.data === undefined ? null : !allowed ? (
        <>
          <h1 className="govuk-heading-l">Publish a plan version</h1>
          <p className="govuk-body">Publishing a plan is for the performance team.</p>
        </>
      ) : (
        <QueryState {...query} what="what this version would publish">
          {(summary) =>
            published === null ? (
              <Confirm summary={summary} csrfToken={session.data?.csrfToken ?? ''} onPublished={setPublished} />
            ) : (
              <Published result={published} />
            )
          }
        </QueryState>
      )}
    </>
  );
}
