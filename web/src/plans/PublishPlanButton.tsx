import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { sendJson } from '../shared/client.js';
import type { PlanDetail } from './planTypes.js';
import { useSession } from '../shared/queries.js';

/** For the performance team on a draft: publishing makes it the version everyone reads and reports against. */
export function PublishPlanButton({ detail }: { detail: PlanDetail }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const role = session.data?.user?.role;
  const csrfToken = session.data?.csrfToken;
  if (detail.plan.state !== 'draft' || (role !== 'performance' && role !== 'admin') || csrfToken == null) return null;
  const publish = async () => {
    try {
      // No date: the plan is published as of today.
      await sendJson('POST', `/api/plans/${detail.plan.id}/publish`, {} satisfies BodyOf<'publishPlan'>, csrfToken);
      await queryClient.invalidateQueries();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <div className="govuk-form-group">
      {problem === null ? null : (
        <p className="govuk-error-message" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="govuk-button" onClick={() => void publish()}>
        Publish version {detail.plan.version}
      </button>
      <p className="govuk-body-s bl-secondary">
        Publishing makes this version the one the public reads and owners report against; any version published before
        it is kept, marked superseded.
      </p>
    </div>
  );
}
