import { Link } from 'react-router';
import { usePlans } from './planQueries.js';
import type { PlanListing } from './planTypes.js';
import { useSession } from '../shared/queries.js';
import { PlanImportForm } from './PlanImportForm.js';
import { PlanStateTag } from './PlanStateTag.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { formatDate } from '../shared/format.js';
import { NumberCell, Table } from '../shared/govuk.js';

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
      <NumberCell>{plan.nodes}</NumberCell>
      <NumberCell>{plan.milestones}</NumberCell>
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
    <Table
      caption={<>{listing.plans.length === 1 ? '1 plan version' : `${listing.plans.length} plan versions`}</>}
      columns={[
        { label: 'Plan', className: 'bl-plans-table__plan' },
        'Period',
        'State',
        { label: 'Parts', className: 'govuk-table__header--numeric' },
        { label: 'Milestones', className: 'govuk-table__header--numeric' },
        'Reporting quarter',
      ]}
      id="plans"
      className="bl-plans-table"
    >
      {listing.plans.map((plan) => (
        <PlanTableRow key={plan.id} plan={plan} />
      ))}
    </Table>
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
