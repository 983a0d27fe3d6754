import { useParams, useSearchParams } from 'react-router';
import { useReadiness } from '../api/findingResponseQueries.js';
import type { InspectionReadiness } from '../api/findingResponseTypes.js';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { AsAtDateForm } from '../components/DateInput.js';
import { QueryState } from '../components/QueryState.js';
import { OverallSentence, ReadinessTables, VerdictTag } from '../components/ReadinessTables.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { formatDate } from './format.js';

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
      <Breadcrumbs
        trail={[
          { to: '/inspections', label: 'Inspections' },
          { to: `/inspections/${inspectionKey}`, label: title },
        ]}
      />
      <span className="govuk-caption-l">{title}</span>
      <h1 className="govuk-heading-l">Readiness for re-inspection</h1>
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
