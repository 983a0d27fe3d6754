import { Link } from 'react-router';
import { usePlans, useReviewQueue } from './planQueries.js';
import type { ReviewQueue } from './planTypes.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import { ReviewItemCard } from './ReviewItemCard.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { SignInLink } from '../shared/SignInLink.js';

/** Each open quarter leads to its confirmation page: nothing is published from this list in one press. */
function PublishQuarter({ queue }: { queue: ReviewQueue }) {
  const plans = usePlans();
  const open = (plans.data?.plans ?? []).filter((plan) => plan.state === 'published' && plan.reportingQuarter !== null);
  return (
    <>
      <h2 className="govuk-heading-m">Publish a quarter</h2>
      <p className="govuk-body">
        Publishing puts every approved update of the quarter on the public record at once and opens the next quarter.
        You will see what becomes public, and what is missing, before you confirm.
      </p>
      {open.map((plan) => {
        const approved = queue.approved.filter((item) => item.plan.id === plan.id).length;
        const quarter = plan.reportingQuarter ?? '';
        return (
          <p className="govuk-body" key={plan.id}>
            <Link
              className="govuk-button govuk-button--secondary"
              to={`/plans/${plan.id}/quarters/${encodeURIComponent(quarter)}/publish`}
            >
              Check and publish {quarter} for {plan.title}
            </Link>{' '}
            <span className="bl-secondary">
              {approved} approved {approved === 1 ? 'update' : 'updates'}
            </span>
          </p>
        );
      })}
    </>
  );
}

function Queue({ queue, csrfToken }: { queue: ReviewQueue; csrfToken: string }) {
  return (
    <>
      <h2 className="govuk-heading-m">Waiting for review ({queue.waiting.length})</h2>
      {queue.waiting.length === 0 ? (
        <p className="govuk-body">Nothing is waiting for review.</p>
      ) : (
        queue.waiting.map((item) => <ReviewItemCard key={item.update.id} item={item} csrfToken={csrfToken} />)
      )}
      <h2 className="govuk-heading-m">Approved, waiting for publication ({queue.approved.length})</h2>
      {queue.approved.length === 0 ? (
        <p className="govuk-body">No approved updates are waiting.</p>
      ) : (
        queue.approved.map((item) => <ReviewItemCard key={item.update.id} item={item} csrfToken={csrfToken} />)
      )}
      <p className="govuk-body-s" id="review-downloads">
        Every update above, waiting or approved:{' '}
        <a className="govuk-link" href="/api/review-queue.xlsx">
          Download as XLSX
        </a>{' '}
        or{' '}
        <a className="govuk-link" href="/api/review-queue.csv">
          Download as CSV
        </a>
        . These are not yet public.
      </p>
      <PublishQuarter queue={queue} />
    </>
  );
}

export function ReviewPage() {
  usePageTitle('Review updates');
  const session = useSession();
  const role = session.data?.user?.role;
  const allowed = role === 'performance' || role === 'admin';
  const query = useReviewQueue(allowed);
  return (
    <>
      <h1 className="govuk-heading-l">Review updates</h1>
      {session.data === undefined ? null : !allowed ? (
        <p className="govuk-body">
          Reviewing updates is for the performance team.{' '}
          {session.data.user === null ? <SignInLink className="govuk-link">Sign in</SignInLink> : null}
        </p>
      ) : (
        <QueryState {...query} what="the review queue">
          {(queue) => <Queue queue={queue} csrfToken={session.data?.csrfToken ?? ''} />}
        </QueryState>
      )}
    </>
  );
}
