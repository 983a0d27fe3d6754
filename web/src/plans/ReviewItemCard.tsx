import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { BodyOf } from '../shared/apiTypes.js';
import { sendJson } from '../shared/client.js';
import type { ReviewItem } from './planTypes.js';
import { StatusTag } from './StatusTag.js';

function ReviewSummary({ item, id }: { item: ReviewItem; id: string }) {
  const { update, milestone, plan } = item;
  return (
    <>
      <h3 className="govuk-heading-s" id={id}>
        <Link className="govuk-link" to={`/plans/${plan.id}/milestones/${encodeURIComponent(milestone.ref)}`}>
          {milestone.ref} {milestone.title}
        </Link>
      </h3>
      <p className="govuk-body">
        <StatusTag status={update.status} />{' '}
        <span className="bl-secondary">
          {update.quarter}, submitted by {update.people?.submittedBy?.replace(/^user:/, '') ?? 'its owner'}
        </span>
      </p>
      <p className="govuk-body bl-narrative">{update.narrative}</p>
      {update.revisedDue === null ? null : (
        <div className="govuk-inset-text">
          Asks to move the due date from {milestone.due} to <strong>{update.revisedDue}</strong>:{' '}
          {update.revisionReason}
        </div>
      )}
    </>
  );
}

/** One submitted update with the reviewer's two choices: approve it, or return it with a comment. */
export function ReviewItemCard({ item, csrfToken }: { item: ReviewItem; csrfToken: string }) {
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { update, milestone } = item;
  const decide = async (action: 'approve' | 'return') => {
    setProblem(null);
    try {
      const decision: BodyOf<'approveMilestoneUpdate' | 'returnMilestoneUpdate'> = {
        version: update.version,
        ...(comment === '' ? {} : { comment }),
      };
      await sendJson('POST', `/api/updates/${update.id}/${action}`, decision, csrfToken);
      await queryClient.invalidateQueries({ queryKey: ['review-queue'] });
      await queryClient.invalidateQueries({ queryKey: ['milestone'] });
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const id = `review-${update.id}`;
  return (
    <section className="bl-history" aria-labelledby={id}>
      <ReviewSummary item={item} id={id} />
      {problem === null ? null : (
        <p className="govuk-error-message" role="alert">
          {problem}
        </p>
      )}
      {update.state === 'submitted' ? (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor={`${id}-comment`}>
            Comment for the owner (needed to return it)
          </label>
          <textarea
            className="govuk-textarea"
            id={`${id}-comment`}
            rows={2}
            value={comment}
            onChange={(e) => {
              setComment(e.target.value);
            }}
          />
        </div>
      ) : null}
      <div className="govuk-button-group">
        {update.state === 'submitted' ? (
          <button type="button" className="govuk-button" onClick={() => void decide('approve')}>
            Approve<span className="govuk-visually-hidden"> {milestone.ref}</span>
          </button>
        ) : null}
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => void decide('return')}>
          Return to owner<span className="govuk-visually-hidden"> {milestone.ref}</span>
        </button>
      </div>
    </section>
  );
}
