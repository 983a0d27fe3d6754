import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { usePlan } from './planQueries.js';
import type { PlanDetail } from './planTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { PlanContents, PlanTree } from './PlanTree.js';
import { PlanProblem } from './PlanProblem.js';
import { PlanStateTag } from './PlanStateTag.js';
import { NO_UPDATE, ProgressBar, ProgressKey, progressSegments } from './ProgressBar.js';
import { QueryState } from '../shared/QueryState.js';
import { StatusTag } from './StatusTag.js';
import { countOf } from './planText.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { formatDate } from '../shared/format.js';
import { PublishPlanButton } from './PublishPlanButton.js';
import { Table, WarningText } from '../shared/govuk.js';
import { ReportingCalendarSection } from './ReportingCalendar.js';

/** "1 mission, 3 operational priorities, 4 chapters" from the plan's own words for its levels. */
function countsLine(counts: PlanDetail['counts']): string {
  return counts
    .filter((count) => count.count > 0)
    .map((count) => countOf(count.count, count.label.toLowerCase(), count.plural.toLowerCase()))
    .join(', ');
}

function VersionLine({ detail }: { detail: PlanDetail }) {
  const { plan, versions } = detail;
  const others = versions.filter((version) => version.id !== plan.id);
  return (
    <p className="govuk-body bl-plan-meta">
      <PlanStateTag state={plan.state} /> Version {plan.version}
      {plan.publishedOn ? `, published ${formatDate(plan.publishedOn)}` : ''}
      {plan.reportingQuarter ? (
        <>
          . Reporting on <span className="bl-nowrap">{plan.reportingQuarter}</span>
        </>
      ) : null}
      .
      {others.length > 0 ? (
        <span className="bl-plan-block">
          Other versions:{' '}
          {others.map((version, index) => (
            <span key={version.id}>
              {index > 0 ? ', ' : ''}
              <Link className="govuk-link" to={`/plans/${version.id}`}>
                version {version.version} ({version.state})
              </Link>
            </span>
          ))}
        </span>
      ) : null}
    </p>
  );
}

function StateWarning({ detail }: { detail: PlanDetail }) {
  const { plan, versions } = detail;
  if (plan.state === 'published') return null;
  const current = versions.find((version) => version.state === 'published');
  return (
    <WarningText>
      {plan.state === 'draft'
        ? 'This is a draft. Only signed-in users can see it until it is published.'
        : 'A later version of this plan has replaced this one.'}
      {current ? (
        <>
          {' '}
          <Link className="govuk-link" to={`/plans/${current.id}`}>
            Read the published version
          </Link>
        </>
      ) : null}
    </WarningText>
  );
}

function Explore({ detail }: { detail: PlanDetail }) {
  const id = detail.plan.id;
  return (
    <aside className="bl-plan-related" aria-labelledby="explore-plan">
      <h2 className="govuk-heading-s" id="explore-plan">
        Explore this plan
      </h2>
      <ul className="govuk-list govuk-body-s">
        {detail.progress.milestones > 0 ? (
          <li>
            <Link className="govuk-link" to={`/plans/${id}/milestones`}>
              Milestone tracker
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="govuk-link" to={`/plans/${id}/coverage`}>
            What delivers this plan
          </Link>
        </li>
        {detail.counts.some((count) => count.kind === 'aim' && count.count > 0) ? (
          <li>
            <Link className="govuk-link" to={`/plans/${id}/aims`}>
              Aims and their measures
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="govuk-link" to="/plans">
            All plans
          </Link>
        </li>
      </ul>
    </aside>
  );
}

function StatusKeyTable({ detail }: { detail: PlanDetail }) {
  const rows = [
    ...detail.statuses.map((status) => ({ status, meaning: status.meaning })),
    { status: null, meaning: NO_UPDATE.meaning },
  ];
  return (
    <Table
      caption="What the statuses mean"
      captionSize="s"
      columns={[{ label: 'Status', className: 'bl-status-key__status' }, 'Meaning']}
      className="bl-status-key"
    >
      {rows.map(({ status, meaning }) => (
        <tr className="govuk-table__row" key={status?.code ?? NO_UPDATE.code}>
          <td className="govuk-table__cell">
            <StatusTag status={status} />
          </td>
          <td className="govuk-table__cell">{meaning}</td>
        </tr>
      ))}
    </Table>
  );
}

function OverallProgress({ detail }: { detail: PlanDetail }) {
  const segments = progressSegments(detail.progress, detail.statuses);
  return (
    <section className="bl-plan-progress" id="progress" aria-labelledby="progress-heading">
      <h2 className="govuk-heading-m" id="progress-heading">
        Progress
      </h2>
      <p className="govuk-body">
        The latest published status of each of the plan&apos;s{' '}
        <strong>{countOf(detail.progress.milestones, 'milestone', 'milestones')}</strong>.
      </p>
      <ProgressBar segments={segments} />
      <ProgressKey segments={segments} />
      <StatusKeyTable detail={detail} />
    </section>
  );
}

function PlanHeader({ detail }: { detail: PlanDetail }) {
  const { plan } = detail;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">
          {plan.owner}, {plan.period}
        </span>
        <h1 className="govuk-heading-l">{plan.title}</h1>
        <VersionLine detail={detail} />
        {plan.summary ? <p className="govuk-body-l">{plan.summary}</p> : null}
        <p className="govuk-body" id="plan-counts">
          {countsLine(detail.counts)}.
        </p>
      </div>
      <div className="govuk-grid-column-one-third">
        <Explore detail={detail} />
      </div>
    </div>
  );
}

/** After the plan arrives, scrolls to the part of it the address names (#node-…), as a browser would. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash === '') return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target === null) return;
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}

export function PlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  usePageTitle(plan.data?.plan.title ?? 'Plan');
  useScrollToHash(plan.data !== undefined);
  return (
    <>
      <Breadcrumbs trail={[{ to: '/plans', label: 'Plans' }]} />
      <PlanProblem error={plan.error} />
      <QueryState data={plan.data} error={plan.error} isPending={plan.isPending} what="the plan">
        {(detail) => (
          <>
            <PlanHeader detail={detail} />
            <StateWarning detail={detail} />
            <PublishPlanButton detail={detail} />
            {detail.progress.milestones > 0 ? <OverallProgress detail={detail} /> : null}
            {detail.progress.milestones > 0 ? <ReportingCalendarSection planId={detail.plan.id} /> : null}
            <PlanContents nodes={detail.nodes} />
            <PlanTree nodes={detail.nodes} planId={detail.plan.id} statuses={detail.statuses} />
          </>
        )}
      </QueryState>
    </>
  );
}
