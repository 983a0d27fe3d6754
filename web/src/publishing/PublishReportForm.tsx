import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePlans } from '../plans/index.js';
import { useSession } from '../shared/queries.js';
import { FormSection, Select, TextInput, type FormProblem } from '../shared/formParts.js';

const FORM = 'publish-report';

function previewPath(plan: string, quarter: string, format: 'html' | 'pdf' | 'docx'): string {
  return `/api/report-previews/quarterly?${new URLSearchParams({ plan, quarter, format }).toString()}`;
}

/** The report as it would go out, in each format it is published in; each opens in a new tab. */
export function PreviewLinks({ plan, quarter }: { plan: string; quarter: string }) {
  // Until the plans have loaded there is no plan to preview, and a link without one would fail.
  if (quarter.trim() === '' || plan === '') return null;
  const link = (format: 'html' | 'pdf' | 'docx', words: string) => (
    <a className="govuk-link" href={previewPath(plan, quarter, format)} target="_blank" rel="noopener">
      {words}
      <span className="govuk-visually-hidden">, opens in a new tab</span>
    </a>
  );
  return (
    <p className="govuk-body" id="report-previews">
      Read it first: {link('html', 'preview (HTML)')}, {link('pdf', 'preview (PDF)')} or{' '}
      {link('docx', 'preview (Word)')}
    </p>
  );
}

/**
 * For the performance team: choose the plan and quarter, then check on the next page what the
 * report would make public before publishing it or its correction.
 */
export function PublishReportForm() {
  const session = useSession();
  const plans = usePlans();
  const navigate = useNavigate();
  const [plan, setPlan] = useState('');
  const [quarter, setQuarter] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const role = session.data?.user?.role;
  if (role !== 'performance' && role !== 'admin') return null;
  const choices = (plans.data?.plans ?? []).filter((p) => p.state === 'published');
  const chosenPlan = plan === '' ? (choices[0]?.key ?? '') : plan;
  const check = () => {
    if (chosenPlan === '') {
      setProblem({ message: 'Choose the plan the report is for', target: `${FORM}-plan` });
      return;
    }
    if (quarter.trim() === '') {
      setProblem({ message: 'Enter the quarter, for example 2018-19 Q1', target: `${FORM}-quarter` });
      return;
    }
    void navigate(`/reports/publish/${encodeURIComponent(chosenPlan)}/${encodeURIComponent(quarter.trim())}`);
  };
  return (
    <FormSection
      formId={FORM}
      heading="Publish a quarterly progress report"
      intro="Choose the quarter, then check what the report would make public before you publish it. Publishing freezes it: it never changes afterwards. Publishing the same quarter again makes a correction, which needs a note saying what it corrects."
      problem={problem}
      busy={false}
      submit="Check and publish"
      onSubmit={check}
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
    </FormSection>
  );
}
