import { useParams } from 'react-router';
import { useGradeComparison } from './findingResponseQueries.js';
import type { ComparedForce, GradeComparison } from './findingResponseTypes.js';
import { useOrganisation } from '../shared/queries.js';
import { InspectionHeading } from './InspectionHeading.js';
import { GradeComparisonTable, GradeSources } from './GradeComparisonTable.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';

/**
 * The subject force first. Without police.uk data the API can name the inspected force only by its
 * code; this instance's own force name stands in for it then.
 */
function useForces(comparison: GradeComparison): ComparedForce[] {
  const ownName = useOrganisation(undefined).data?.force.name;
  const named = comparison.forces.map((force) =>
    force.subject && force.name === force.force && ownName !== undefined ? { ...force, name: ownName } : force,
  );
  return [...named.filter((force) => force.subject), ...named.filter((force) => !force.subject)];
}

function Comparison({ comparison }: { comparison: GradeComparison }) {
  const forces = useForces(comparison);
  const group = forces.length - 1;
  return (
    <>
      <p className="govuk-body">
        The inspectorate compares each force with its most similar group:{' '}
        {group === 1 ? 'one force' : `${group} forces`} whose areas are most like its own. Their grades in{' '}
        {comparison.inspection.programmeYear} sit beside this report&apos;s.
      </p>
      <GradeComparisonTable comparison={comparison} forces={forces} />
      <GradeSources comparison={comparison} forces={forces} />
    </>
  );
}

export function GradeComparisonPage() {
  const { inspectionKey = '' } = useParams();
  const query = useGradeComparison(inspectionKey);
  const title = query.data?.inspection.title ?? 'Inspection';
  usePageTitle(`Compared with most similar forces: ${title}`);
  return (
    <>
      <InspectionHeading inspectionKey={inspectionKey} title={title} heading="Compared with most similar forces" />
      <QueryState {...query} what="the comparison">
        {(comparison) => <Comparison comparison={comparison} />}
      </QueryState>
    </>
  );
}
