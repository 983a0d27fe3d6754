import type { UpdateState, UpdateView } from './planTypes.js';
import { StatusTag } from './StatusTag.js';

const STATE_LABEL: Record<UpdateState, string> = {
  draft: 'Draft',
  submitted: 'Waiting for review',
  returned: 'Returned to owner',
  approved: 'Approved, not yet published',
  published: 'Published',
};

function Evidence({ update }: { update: UpdateView }) {
  if (update.evidence.length === 0) return null;
  return (
    <>
      <h4 className="govuk-heading-s">Evidence</h4>
      <ul className="govuk-list">
        {update.evidence.map((item) => (
          <li key={item.id}>
            <a
              className="govuk-link"
              href={item.kind === 'file' ? `/api/evidence/${item.id}` : (item.url ?? '#')}
              rel="noreferrer noopener"
            >
              {item.title}
            </a>
            {item.kind === 'file' ? (
              <span className="bl-secondary">
                {' '}
                ({item.fileName}, {Math.max(1, Math.round((item.sizeBytes ?? 0) / 1024))} KB)
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function Update({ update }: { update: UpdateView }) {
  return (
    <section className="bl-history" aria-labelledby={`update-${update.id}`}>
      <h3 className="govuk-heading-m bl-history__quarter" id={`update-${update.id}`}>
        {update.quarter}
      </h3>
      <p className="govuk-body">
        <StatusTag status={update.status} />
        {update.state === 'published' ? null : (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--purple">{STATE_LABEL[update.state]}</strong>
          </>
        )}
      </p>
      <p className="govuk-body bl-narrative">{update.narrative}</p>
      {update.figures.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {update.figures.map((figure) => (
            <li key={figure}>{figure}</li>
          ))}
        </ul>
      ) : null}
      {update.revisedDue === null ? null : (
        <div className="govuk-inset-text">
          Due date changed to <strong>{update.revisedDue}</strong>: {update.revisionReason}
        </div>
      )}
      {update.reviewComment === null ? null : (
        <div className="govuk-inset-text">
          <strong>Reviewer&apos;s comment:</strong> {update.reviewComment}
        </div>
      )}
      <Evidence update={update} />
      {update.people === null ? null : (
        <p className="govuk-body-s bl-secondary">
          Written by {update.people.updatedBy.replace(/^user:/, '')}
          {update.people.reviewedBy === null ? '' : `; reviewed by ${update.people.reviewedBy.replace(/^user:/, '')}`}
          {update.publishedAt === null ? '' : `; published ${update.publishedAt.slice(0, 10)}`}.
        </p>
      )}
    </section>
  );
}

/** Every quarter's report on a milestone, newest first. */
export function UpdateHistory({ updates }: { updates: UpdateView[] }) {
  if (updates.length === 0) return <p className="govuk-body">Nothing has been reported on this milestone yet.</p>;
  return (
    <>
      {updates.map((update) => (
        <Update key={update.id} update={update} />
      ))}
    </>
  );
}
