import { Link } from 'react-router';
import { usePlans } from '../api/planQueries.js';
import type { PlanListing } from '../api/planTypes.js';
import { useSession } from '../api/queries.js';
import { PlanImportForm } from '../components/PlanImportForm.js';
import { PlanStateTag } from '../components/PlanStateTag.js';
import { QueryState } from '../components/QueryState.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { formatDate } from './format.js';

type PlanRow = PlanListing['plans'][number];

function PlanTableRow({ plan }: { plan: PlanRow }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        <Link className="govuk-link" to={`/plans/${plan.id}`}>
          {plan.title}
        </Link>
        <span className="bl-plan-secondary bl-plan-block">{plan.owner}</span>
      </th>
      <td className="govuk-table__cell bl-nowrap">{plan.period}</td>
      <td className="govuk-table__cell">
        <PlanStateTag state={plan.state} />
        <span className="bl-plan-secondary bl-plan-block">Version {plan.version}</span>
        {plan.publishedOn ? (
          <span className="bl-plan-secondary bl-plan-block bl-nowrap">{formatDate(plan.publishedOn)}</span>
        ) : null}
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{plan.nodes}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{plan.milestones}</td>
      <td className="govuk-table__cell bl-nowrap">
        {plan.reportingQuarter ?? <span className="bl-plan-secondary">None</span>}
      </td>
    </tr>
  );
}

function PlanTable({ listing }: { listing: PlanListing }) {
  if (listing.plans.length === 0) {
    return <p className="govuk-body">There are no plans to show yet.</p>;
  }
  return (
    <table className="govuk-table bl-plans-table" id="plans">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {listing.plans.length === 1 ? '1 plan version' : `${listing.plans.length} plan versions`}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header bl-plans-table__plan">
            Plan
          </th>
          <th scope="col" className="govuk-table__header">
            Period
          </th>
          <th scope="col" className="govuk-table__header">
            State
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Parts
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Milestones
          </th>
          <th scope="col" className="govuk-table__header">
            Reporting quarter
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {listing.plans.map((plan) => (
          <PlanTableRow key={plan.id} plan={plan} />
        ))}
      </tbody>
    </table>
  );
}

export function PlansPage() {
  usePageTitle('Plans');
  const plans = usePlans();
  const session = useSession();
  const signedIn = session.data?.user != null;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Plans</h1>
          <p className="govuk-body-l">
            The oversight body&apos;s police and crime plan and the force&apos;s business plans: each one&apos;s parts,
            its milestones and how they are progressing, and what in one plan delivers another.
          </p>
          <p className="govuk-hint" id="plans-hint">
            {signedIn
              ? 'As you are signed in, draft versions are listed too.'
              : 'Only published versions are listed. Signed-in users also see drafts.'}
          </p>
        </div>
      </div>
      <QueryState data={plans.data} error={plans.error} isPending={plans.isPending} what="the plans">
        {(listing) => <PlanTable listing={listing} />}
      </QueryState>
      <PlanImportForm />
    </>
  );
}
