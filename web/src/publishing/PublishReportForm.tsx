import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { sendJson, ApiError } from '../shared/client.js';
import { usePlans } from '../plans/index.js';
import { publishedVersionPath } from './reportQueries.js';
import type { PublishedReportVersion } from './reportTypes.js';
import { useSession } from '../shared/queries.js';
import {
  fieldTarget,
  FormSection,
  Select,
  SuccessBanner,
  TextArea,
  TextInput,
  type FormProblem,
} from '../shared/formParts.js';

const FORM = 'publish-report';
const FIELDS = [`${FORM}-plan`, `${FORM}-quarter`, `${FORM}-note`];

function previewPath(plan: string, quarter: string, format: 'html' | 'pdf' | 'docx'): string {
  return `/api/report-previews/quarterly?${new URLSearchParams({ plan, quarter, format }).toString()}`;
}

function PreviewLinks({ plan, quarter }: { plan: string; quarter: string }) {
  if (quarter.trim() === '') return null;
  return (
    <p className="govuk-body">
      Read it first:{' '}
      <a className="govuk-link" href={previewPath(plan, quarter, 'html')}>
        preview (HTML)
      </a>
      ,{' '}
      <a className="govuk-link" href={previewPath(plan, quarter, 'pdf')}>
        preview (PDF)
      </a>{' '}
      or{' '}
      <a className="govuk-link" href={previewPath(plan, quarter, 'docx')}>
        preview (Word)
      </a>
    </p>
  );
}

function Published({ version }: { version: PublishedReportVersion | null }) {
  if (version === null) return null;
  return (
    <>
      <SuccessBanner text={`Published version ${version.version} of ${version.title}, ${version.period}.`} />
      <p className="govuk-body">
        <a className="govuk-link" href={publishedVersionPath(version.reportKey, version.version, 'html')}>
          Read version {version.version} as published
        </a>
      </p>
    </>
  );
}

/** The form's state, and publishing what it holds; a refusal points at the field it is about. */
function usePublishing(csrfToken: string | undefined) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [published, setPublished] = useState<PublishedReportVersion | null>(null);
  const [busy, setBusy] = useState(false);
  const publish = async (plan: string, quarter: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const body: BodyOf<'publishQuarterlyReport'> = { plan, quarter, ...(note.trim() === '' ? {} : { note }) };
      setPublished(await sendJson<PublishedReportVersion>('POST', '/api/reports/quarterly', body, csrfToken));
      setNote('');
      await queryClient.invalidateQueries({ queryKey: ['reports'] });
    } catch (error) {
      const field = error instanceof ApiError ? error.field : null;
      setProblem({ message: (error as Error).message, target: fieldTarget(FORM, field, FIELDS) });
    } finally {
      setBusy(false);
    }
  };
  return { note, setNote, problem, published, busy, publish };
}

/** For the performance team: read the quarter's report as it would go out, then publish it or a correction. */
export function PublishReportForm() {
  const session = useSession();
  const plans = usePlans();
  const [plan, setPlan] = useState('');
  const [quarter, setQuarter] = useState('');
  const csrfToken = session.data?.csrfToken ?? undefined;
  const publishing = usePublishing(csrfToken);
  const role = session.data?.user?.role;
  if ((role !== 'performance' && role !== 'admin') || csrfToken === undefined) return null;
  const choices = (plans.data?.plans ?? []).filter((p) => p.state === 'published');
  const chosenPlan = plan === '' ? (choices[0]?.key ?? '') : plan;
  return (
    <>
      <Published version={publishing.published} />
      <FormSection
        formId={FORM}
        heading="Publish a quarterly progress report"
        intro="Read the report as it would go out, then publish it. Publishing freezes it: it never changes afterwards. Publishing the same quarter again makes a correction, which needs a note saying what it corrects."
        problem={publishing.problem}
        busy={publishing.busy}
        submit="Publish"
        onSubmit={() => void publishing.publish(chosenPlan, quarter)}
      >
        <Select id={`${FORM}-plan`} label="Plan" value={chosenPlan} onChange={setPlan}>
          {choices.map((p) => (
            <option key={p.key} value={p.key}>
              {p.title}
            </option>
          ))}
        </Select>
        <TextInput
          id={`${FORM}-quarter`}
          label="Quarter"
          hint="For example, 2018-19 Q1"
          value={quarter}
          onChange={setQuarter}
          widthClass="govuk-input--width-10"
        />
        <PreviewLinks plan={chosenPlan} quarter={quarter} />
        <TextArea
          id={`${FORM}-note`}
          label="Correction note (only when correcting a published report)"
          hint="Say what the correction changes. The public sees it beside the version."
          value={publishing.note}
          onChange={publishing.setNote}
          rows={3}
        />
      </FormSection>
    </>
  );
}
