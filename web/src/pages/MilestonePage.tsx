import { useParams } from 'react-router';
import { useMilestone } from '../api/planQueries.js';
import type { MilestoneDetail } from '../api/planTypes.js';
import { useSession } from '../api/queries.js';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { MilestoneFacts } from '../components/MilestoneFacts.js';
import { QueryState } from '../components/QueryState.js';
import { StatusTag } from '../components/StatusTag.js';
import { UpdateForm } from '../components/UpdateForm.js';
import { UpdateHistory } from '../components/UpdateHistory.js';
import { TableHead, WarningText } from '../components/govuk.js';
import { usePageTitle } from '../components/usePageTitle.js';

const WRITERS = ['owner', 'performance', 'admin'];

function Flags({ flags }: { flags: string[] }) {
  if (flags.length === 0) return null;
  return <WarningText>For the plan&apos;s author: {flags.join(' ')}</WarningText>;
}

function Revisions({ detail }: { detail: MilestoneDetail }) {
  const revisions = detail.milestone.revisions;
  if (revisions.length === 0) return null;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Changes of due date</caption>
      <TableHead columns={['Reported in', 'From', 'To', 'Why']} />
      <tbody className="govuk-table__body">
        {revisions.map((revision) => (
          <tr className="govuk-table__row" key={revision.quarter}>
            <td className="govuk-table__cell bl-nowrap">{revision.quarter}</td>
            <td className="govuk-table__cell">{revision.from}</td>
            <td className="govuk-table__cell">{revision.to}</td>
            <td className="govuk-table__cell">{revision.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OpenQuarter({ detail }: { detail: MilestoneDetail }) {
  const session = useSession();
  const user = session.data?.user;
  const quarter = detail.plan.reportingQuarter;
  if (user == null || session.data?.csrfToken == null || !WRITERS.includes(user.role)) return null;
  if (detail.plan.state !== 'published' || quarter === null) return null;
  return (
    <>
      <h2 className="govuk-heading-l">Your update for {quarter}</h2>
      <UpdateForm
        key={detail.updates.find((u) => u.quarter === quarter)?.version ?? 0}
        detail={detail}
        quarter={quarter}
        csrfToken={session.data.csrfToken}
      />
    </>
  );
}

function Milestone({ detail }: { detail: MilestoneDetail }) {
  const m = detail.milestone;
  return (
    <>
      <span className="govuk-caption-l">
        {m.ref} · {detail.plan.title}
      </span>
      <h1 className="govuk-heading-l">{m.title}</h1>
      <p className="govuk-body">
        <StatusTag status={m.status} />
        {m.status === null ? null : <span className="bl-secondary"> reported in {m.status.quarter}</span>}
        {m.slip === null ? null : (
          <strong className="govuk-tag govuk-tag--orange bl-slip">
            Slipped {m.slip.quarters === 1 ? '1 quarter' : `${m.slip.quarters} quarters`}
          </strong>
        )}
      </p>
      <Flags flags={m.flags} />
      <MilestoneFacts detail={detail} />
      <Revisions detail={detail} />
      <OpenQuarter detail={detail} />
      <h2 className="govuk-heading-l">Progress reports</h2>
      <UpdateHistory updates={detail.updates} />
    </>
  );
}

export function MilestonePage() {
  const { planId = '', ref = '' } = useParams();
  const query = useMilestone(planId, ref);
  usePageTitle(query.data ? `${query.data.milestone.ref} ${query.data.milestone.title}` : 'Milestone');
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/plans', label: 'Plans' },
          { to: `/plans/${planId}`, label: query.data?.plan.title ?? 'Plan' },
          { to: `/plans/${planId}/milestones`, label: 'Milestone tracker' },
        ]}
      />
      <QueryState {...query} what="the milestone">
        {(detail) => <Milestone detail={detail} />}
      </QueryState>
    </>
  );
}
