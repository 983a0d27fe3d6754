import { useState } from 'react';
import type { FindingPageData } from './findingResponseTypes.js';
import { DateField, readDate, type DateParts } from '../shared/DateInput.js';
import { FormSection, TextArea } from '../shared/formParts.js';
import { formatDate } from '../shared/format.js';
import { useFormProblem } from '../shared/useChange.js';
import { useFindingChange } from './useFindingChange.js';

const NOT_PUBLISHED = 'The force has not yet published its response to this finding.';

/** What the public reads of the force's response: the published summary and its date, and nothing else. */
export function PublishedResponse({ data }: { data: FindingPageData }) {
  const published = data.publicResponse;
  return (
    <section aria-labelledby="public-response-heading" id="public-response">
      <h2 className="govuk-heading-m" id="public-response-heading">
        The force’s response
      </h2>
      {published === null ? (
        <p className="govuk-body">{NOT_PUBLISHED}</p>
      ) : (
        <>
          <p className="govuk-body bl-secondary">Published {formatDate(published.publishedOn)}</p>
          <p className="govuk-body bl-pre-line">{published.summary}</p>
        </>
      )}
    </section>
  );
}

interface PublishProps {
  data: FindingPageData;
  path: string;
  csrfToken: string;
  announce: (text: string) => void;
}

const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The performance team's form: the words the public will read, and the day they are published. */
export function PublishResponseForm({ data, path, csrfToken, announce }: PublishProps) {
  const formId = 'publish-response';
  const [summary, setSummary] = useState(data.publicResponse?.summary ?? '');
  const [day, setDay] = useState<DateParts>(EMPTY_DATE);
  const change = useFindingChange(csrfToken, announce);
  const known = [`${formId}-summary`, `${formId}-date`];
  const aliases = { summary: 'summary', publishedOn: 'date' };
  const { problem, setMissing, errorFor } = useFormProblem(formId, known, change.failure, aliases);
  const submit = async () => {
    const date = readDate(day);
    const missing =
      summary.trim() === ''
        ? { message: 'Enter the summary the public will read', target: `${formId}-summary` }
        : date.error === undefined
          ? null
          : { message: date.error, target: `${formId}-date` };
    setMissing(missing);
    if (missing !== null) return;
    const body = { summary, ...(date.date === undefined ? {} : { publishedOn: date.date }) };
    const done = `The response to ${data.finding.ref} is published: the public can read it now.`;
    if (await change.send('POST', `${path}/public-response`, body, done)) setDay(EMPTY_DATE);
  };
  return (
    <FormSection
      formId={formId}
      heading="Publish the response"
      intro="The public reads only this summary and its date. Notes, evidence and the history stay internal."
      problem={problem}
      busy={change.busy}
      submit={data.publicResponse === null ? 'Publish the response' : 'Publish the new summary'}
      onSubmit={() => void submit()}
    >
      <TextArea
        id={`${formId}-summary`}
        label="Summary for the public"
        hint="What the force has done in response to this finding, in plain words. Do not name staff or link to the intranet."
        value={summary}
        error={errorFor(`${formId}-summary`)}
        onChange={setSummary}
      />
      <DateField
        id={`${formId}-date`}
        legend="Date published"
        hint="Leave blank to publish it today. For example, 15 1 2020"
        value={day}
        error={errorFor(`${formId}-date`)}
        onChange={setDay}
      />
    </FormSection>
  );
}
