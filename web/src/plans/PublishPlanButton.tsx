import { Link } from 'react-router';
import type { PlanDetail } from './planTypes.js';
import { useSession } from '../shared/queries.js';

/**
 * For the performance team on a draft: publishing makes it the version everyone reads and reports
 * against, and cannot be undone, so the button leads to a page that shows what would go out first.
 */
export function PublishPlanButton({ detail }: { detail: PlanDetail }) {
  const session = useSession();
  const role = session.data?.user?.role;
  if (detail.plan.state !== 'draft' || (role !== 'performance' && role !== 'admin')) return null;
  return (
    <div className="govuk-form-group">
      <Link className="govuk-button" role="button" draggable={false} to={`/plans/${detail.plan.id}/publish`}>
        Publish version {detail.plan.version}
      </Link>
      <p className="govuk-body-s bl-secondary">
        You will see what this version makes public and what it changes before anything is published. Any version
        published before it is kept, marked superseded.
      </p>
    </div>
  );
}
