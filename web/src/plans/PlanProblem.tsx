import { ApiError } from '../shared/client.js';

/** The page heading when a plan page cannot load its plan: the error summary below says why. */
export function PlanProblem({ error }: { error: Error | null }) {
  if (error === null) return null;
  const notFound = error instanceof ApiError && error.status === 404;
  return <h1 className="govuk-heading-l">{notFound ? 'Plan not found' : 'Sorry, there is a problem with the plan'}</h1>;
}
