import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { sendJson } from '../shared/client.js';
import { usePlans, useReviewQueue } from './planQueries.js';
import type { QuarterPublished, ReviewQueue } from './planTypes.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import { ReviewItemCard } from './ReviewItemCard.js';
import { usePageTitle } from '../shared/usePageTitle.js';

function PublishQuarter({ csrfToken, queue }: { csrfToken: string; queue: ReviewQueue }) {
  const plans = usePlans();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const open = (plans.data?.plans ?? []).filter((plan) => plan.state === 'published' && plan.reportingQuarter !== null);
  const publish = async (planId: number, quarter: string) => {
    try {
      const result = await sendJson<QuarterPublished>(
        'POST',
        `/api/plans/${planId}/quarters/${encodeURIComponent(quarter)}/publish`,
        undefined,
        csrfToken,
      );
      setMessage(
        `Published ${result.published} updates for ${quarter}. Now collecting updates for ${result.nextReportingQuarter}.`,
      );
      await queryClient.invalidateQueries();
    } catch (error) {
      setMessage((error as Error).message);
    }
  };
  return (
    <>
      <h2 className="govuk-heading-m">Publish a quarter</h2>
      <p className="govuk-body">
        Publishing puts every approved update of the quarter on the public record at once and opens the next quarter.
        Updates still waiting for review must be decided first.
      </p>
      {message === null ? null : (
        <div className="govuk-inset-text" role="status">
          {message}
        </div>
      )}
      {open.map((plan) => {
        const approved = queue.approved.filter((item) => item.plan.id === plan.id).length;
        return (
          <p className="govuk-body" key={plan.id}>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => void publish(plan.id, plan.reportingQuarter ?? '')}
            >
              Publish {plan.reportingQuarter} for {plan.title}
            </button>{' '}
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
      <PublishQuarter csrfToken={csrfToken} queue={queue} />
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
          {session.data.user === null ? (
            <Link className="govuk-link" to="/sign-in">
              Sign in
            </Link>
          ) : null}
        </p>
      ) : (
        <QueryState {...query} what="the review queue">
          {(queue) => <Queue queue={queue} csrfToken={session.data?.csrfToken ?? ''} />}
        </QueryState>
      )}
    </>
  );
}
