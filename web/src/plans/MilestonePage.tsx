import { useState } from 'react';
import { useParams } from 'react-router';
import { useMilestone } from './planQueries.js';
import type { MilestoneDetail } from './planTypes.js';
import { useSession } from '../shared/queries.js';
import { SuccessBanner } from '../shared/formParts.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { MilestoneFacts } from './MilestoneFacts.js';
import { QueryState } from '../shared/QueryState.js';
import { StatusTag } from './StatusTag.js';
import { UpdateForm } from './UpdateForm.js';
import { UpdateHistory } from './UpdateHistory.js';
import { Table, WarningText } from '../shared/govuk.js';
import { usePageTitle } from '../shared/usePageTitle.js';

const WRITERS = ['owner', 'performance', 'admin'];

function Flags({ flags }: { flags: string[] }) {
  if (flags.length === 0) return null;
  return <WarningText>For the plan&apos;s author: {flags.join(' ')}</WarningText>;
}

function Revisions({ detail }: { detail: MilestoneDetail }) {
  const revisions = detail.milestone.revisions;
  if (revisions.length === 0) return null;
  return (
    <Table caption="Changes of due date" columns={['Reported in', 'From', 'To', 'Why']}>
      {revisions.map((revision) => (
        <tr className="govuk-table__row" key={revision.quarter}>
          <td className="govuk-table__cell bl-nowrap">{revision.quarter}</td>
          <td className="govuk-table__cell">{revision.from}</td>
          <td className="govuk-table__cell">{revision.to}</td>
          <td className="govuk-table__cell">{revision.reason}</td>
        </tr>
      ))}
    </Table>
  );
}

function OpenQuarter({ detail }: { detail: MilestoneDetail }) {
  const session = useSession();
  // The banner stands above the form, under the heading, so the page holds it.
  const [added, setAdded] = useState<string | null>(null);
  const user = session.data?.user;
  const quarter = detail.plan.reportingQuarter;
  if (user == null || session.data?.csrfToken == null || !WRITERS.includes(user.role)) return null;
  if (detail.plan.state !== 'published' || quarter === null) return null;
  return (
    <>
      <h2 className="govuk-heading-l">Your update for {quarter}</h2>
      {added === null ? null : <SuccessBanner text={`Added “${added}” to the update.`} />}
      <UpdateForm
        onEvidenceAdded={setAdded}
        key={quarter}
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
      {/* Keyed by the milestone: a link to another milestone keeps this page mounted, and a cached
          milestone shows at once, so without the key its form would keep the last one's draft. */}
      <QueryState {...query} what="the milestone">
        {(detail) => <Milestone key={`${detail.plan.id}/${detail.milestone.ref}`} detail={detail} />}
      </QueryState>
    </>
  );
}
