import { useParams, useSearchParams } from 'react-router';
import { useReadiness } from './findingResponseQueries.js';
import type { InspectionReadiness } from './findingResponseTypes.js';
import { InspectionHeading } from './InspectionHeading.js';
import { AsAtDateForm } from '../shared/DateInput.js';
import { QueryState } from '../shared/QueryState.js';
import { OverallSentence, ReadinessTables, VerdictTag } from './ReadinessTables.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { formatDate } from '../shared/format.js';

function Readiness({ readiness }: { readiness: InspectionReadiness }) {
  return (
    <>
      <div className={`bl-readiness-overall bl-readiness-overall--${readiness.verdict}`} id="readiness-verdict">
        <h2 className="govuk-heading-m govuk-!-margin-bottom-2">
          On {formatDate(readiness.on)}, overall:{' '}
          <VerdictTag verdict={readiness.verdict} label={readiness.verdictLabel} />
        </h2>
        <OverallSentence readiness={readiness} />
      </div>
      <p className="govuk-body-s">
        Past due counts findings whose due date has gone; late actions are actions and milestones past their deadline
        and not delivered; no action yet counts findings with no action or milestone against them.
      </p>
      <ReadinessTables readiness={readiness} />
    </>
  );
}

export function ReadinessPage() {
  const { inspectionKey = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const on = params.get('on') ?? undefined;
  const query = useReadiness(inspectionKey, on);
  const title = query.data?.inspection.title ?? 'Inspection';
  usePageTitle(`Readiness for re-inspection: ${title}`);
  return (
    <>
      <InspectionHeading inspectionKey={inspectionKey} title={title} heading="Readiness for re-inspection" />
      <p className="govuk-body">
        Whether each component is ready for the inspectors to come back: what is still open, what is past its due date,
        which actions are late and which findings nobody is acting on yet.
      </p>
      <AsAtDateForm
        key={on ?? ''}
        legend="Judge readiness on"
        hint="For example, 1 10 2020. Leave empty for today."
        value={on}
        onChange={(next) => {
          setParams(next === undefined ? {} : { on: next });
        }}
      />
      <QueryState {...query} what="readiness">
        {(readiness) => <Readiness readiness={readiness} />}
      </QueryState>
    </>
  );
}
