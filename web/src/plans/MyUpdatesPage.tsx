import { Link } from 'react-router';
import { useUpdatesDue } from './planQueries.js';
import type { UpdatesDue } from './planTypes.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import { UpdateStateTag } from './UpdateStateTag.js';
import { TableHead } from '../shared/govuk.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { SignInLink } from '../shared/SignInLink.js';

type PlanDue = UpdatesDue['plans'][number];

function Summary({ due }: { due: PlanDue }) {
  const open = due.items.filter((item) => item.update === null || ['draft', 'returned'].includes(item.update.state));
  const returned = due.items.filter((item) => item.update?.state === 'returned').length;
  return (
    <p className="govuk-body">
      {open.length === 0
        ? 'Every update is with the performance team or done.'
        : `${open.length} of ${due.items.length} still to write or finish${returned > 0 ? `, ${returned} returned with comments` : ''}.`}
    </p>
  );
}

function PlanUpdates({ due }: { due: PlanDue }) {
  return (
    <section aria-labelledby={`plan-${due.plan.id}`}>
      <h2 className="govuk-heading-m" id={`plan-${due.plan.id}`}>
        {due.plan.title}: {due.quarter}
      </h2>
      <Summary due={due} />
      {due.items.length === 0 ? null : (
        <table className="govuk-table bl-tracker">
          <caption className="govuk-visually-hidden">Updates due for {due.quarter}</caption>
          <TableHead columns={['Ref', 'Milestone', 'Due', 'Why it is listed', 'Your update']} />
          <tbody className="govuk-table__body">
            {due.items.map(({ milestone, reason, update }) => (
              <tr className="govuk-table__row" key={milestone.ref}>
                <td className="govuk-table__cell bl-code bl-nowrap">{milestone.ref}</td>
                <td className="govuk-table__cell">
                  <Link
                    className="govuk-link"
                    to={`/plans/${due.plan.id}/milestones/${encodeURIComponent(milestone.ref)}`}
                  >
                    {milestone.title}
                  </Link>
                  <span className="govuk-body-s bl-secondary bl-block">
                    {milestone.leads.map((l) => l.name).join(', ')}
                  </span>
                </td>
                <td className="govuk-table__cell bl-due">
                  <span>{milestone.currentDue}</span>
                </td>
                <td className="govuk-table__cell">
                  {reason === 'due' ? 'Due this quarter' : 'Carried forward, not yet delivered'}
                </td>
                <td className="govuk-table__cell">
                  <UpdateStateTag state={update?.state ?? null} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function MyUpdatesPage() {
  usePageTitle('My updates');
  const session = useSession();
  const signedIn = session.data?.user != null;
  const query = useUpdatesDue(signedIn);
  return (
    <>
      <h1 className="govuk-heading-l">My updates</h1>
      {session.data !== undefined && !signedIn ? (
        <p className="govuk-body">
          <SignInLink className="govuk-link">Sign in</SignInLink> to see the quarterly updates you have to write.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            The milestones your units lead that the current quarter&apos;s progress report covers: those due this
            quarter, and earlier ones not yet delivered.
          </p>
          <QueryState {...query} what="your updates">
            {(due) =>
              due.plans.length === 0 ? (
                <p className="govuk-body">No published plan is collecting updates at the moment.</p>
              ) : (
                <>
                  {due.plans.map((planDue) => (
                    <PlanUpdates key={planDue.plan.id} due={planDue} />
                  ))}
                </>
              )
            }
          </QueryState>
        </>
      )}
    </>
  );
}
