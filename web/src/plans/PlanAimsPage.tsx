import { useParams } from 'react-router';
import { AimMeasureTable } from './AimMeasureTable.js';
import { useAimMeasures, type MeasuredNode, type PlanAimMeasures } from './aimQueries.js';
import { PlanProblem } from './PlanProblem.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';

/** Aims by chapter, in the plan's order. */
function byChapter(aims: readonly MeasuredNode[]): { title: string; aims: MeasuredNode[] }[] {
  const chapters: { title: string; aims: MeasuredNode[] }[] = [];
  for (const aim of aims) {
    const title = aim.chapter?.title ?? 'Aims';
    let group = chapters.at(-1);
    if (group?.title !== title) {
      group = { title, aims: [] };
      chapters.push(group);
    }
    group.aims.push(aim);
  }
  return chapters;
}

function Introduction({ data }: { data: PlanAimMeasures }) {
  const measured = data.aims.filter((aim) => aim.measures.some((m) => m.latest !== null)).length;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{data.plan.title}</span>
        <h1 className="govuk-heading-l">Aims and their measures</h1>
        <p className="govuk-body-l">
          The plan sets no numerical targets: each aim is judged by looking for progress in the measures below.
        </p>
        <p className="govuk-body" id="aims-summary">
          {data.aims.length} aims; {measured} have figures so far. Every figure names the document that published it and
          the date it stood. Figures marked synthetic are invented for demonstration.
        </p>
      </div>
    </div>
  );
}

function Chapters({ data }: { data: PlanAimMeasures }) {
  if (data.aims.length === 0) {
    return (
      <div className="govuk-inset-text" id="aims-empty">
        This plan has no aims.
      </div>
    );
  }
  return byChapter(data.aims).map((chapter) => (
    <section key={chapter.title} className="bl-aims-chapter">
      <h2 className="govuk-heading-m">{chapter.title}</h2>
      {chapter.aims.map((aim) => (
        <AimMeasureTable key={aim.ref} node={aim} />
      ))}
    </section>
  ));
}

function AcrossThePlan({ nodes }: { nodes: readonly MeasuredNode[] }) {
  if (nodes.length === 0) return null;
  return (
    <section className="bl-aims-chapter" id="aims-across-plan">
      <h2 className="govuk-heading-m">Watched across the plan</h2>
      {nodes.map((node) => (
        <AimMeasureTable key={node.ref} node={node} />
      ))}
    </section>
  );
}

export function PlanAimsPage() {
  const { planId = '' } = useParams();
  const aims = useAimMeasures(planId);
  const title = aims.data?.plan.title;
  usePageTitle(title === undefined ? 'Aims and their measures' : `Aims and their measures: ${title}`);
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/plans', label: 'Plans' },
          { to: `/plans/${planId}`, label: title ?? 'Plan' },
        ]}
      />
      <PlanProblem error={aims.error} />
      <QueryState data={aims.data} error={aims.error} isPending={aims.isPending} what="the plan's aims">
        {(data) => (
          <>
            <Introduction data={data} />
            <Chapters data={data} />
            <AcrossThePlan nodes={data.otherNodes} />
          </>
        )}
      </QueryState>
    </>
  );
}
