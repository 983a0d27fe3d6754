import { useMemo, useState } from 'react';
import type { MeetingPage, MeetingPaper } from './boardTypes.js';
import { formatDate } from '../shared/format.js';
import { FormSection, TextArea } from '../shared/formParts.js';
import { base64Of } from '../shared/fileUpload.js';
import { useChange } from '../shared/useChange.js';

const TOUCHED = ['board'];

function sizeWords(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A paper as written: its paragraphs, when and by whom, and its files. */
function PaperText({ paper }: { paper: MeetingPaper }) {
  return (
    <>
      {paper.text === '' ? (
        <p className="govuk-body govuk-hint">No {paper.label.toLowerCase()} has been written yet.</p>
      ) : (
        paper.text.split(/\n+/).map((line, i) => (
          <p className="govuk-body" key={i}>
            {line}
          </p>
        ))
      )}
      {paper.updatedAt === null ? null : (
        <p className="govuk-body-s govuk-hint">
          Last written on {formatDate(paper.updatedAt.slice(0, 10))} by {paper.updatedBy}.
        </p>
      )}
      {paper.files.length === 0 ? null : (
        <ul className="govuk-list govuk-list--bullet">
          {paper.files.map((f) => (
            <li key={f.id}>
              <a className="govuk-link" href={f.path} download>
                {f.fileName}
              </a>{' '}
              ({sizeWords(f.sizeBytes)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Writes one paper's text and attaches a file to it, for the team that keeps the board's records. */
function PaperForm(props: {
  meetingId: number;
  paper: MeetingPaper;
  csrfToken: string;
  announce: (t: string) => void;
}) {
  const { meetingId, paper, csrfToken, announce } = props;
  const [text, setText] = useState(paper.text);
  const [file, setFile] = useState<File | null>(null);
  const change = useChange(csrfToken, announce, TOUCHED);
  const formId = `paper-${paper.kind}`;
  const base = `/api/board/meetings/${meetingId}/papers/${paper.kind}`;
  const submit = async () => {
    const saved = await change.send('POST', base, { text }, () => `${paper.label} saved.`);
    if (saved === null || file === null) return;
    const body = { fileName: file.name, contentBase64: await base64Of(file) };
    const attached = await change.send('POST', `${base}/files`, body, () => `${paper.label} saved, with ${file.name}.`);
    if (attached !== null) setFile(null);
  };
  const problem = useMemo(
    () => (change.failure === null ? null : { message: change.failure.message, target: `${formId}-text` }),
    [change.failure, formId],
  );
  return (
    <FormSection
      formId={formId}
      heading={`Write the ${paper.label.toLowerCase()}`}
      problem={problem}
      busy={change.busy}
      submit={`Save the ${paper.label.toLowerCase()}`}
      onSubmit={() => void submit()}
    >
      <TextArea id={`${formId}-text`} label={paper.label} rows={6} value={text} onChange={setText} />
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={`${formId}-file`}>
          Attach a file (optional)
        </label>
        <div className="govuk-hint" id={`${formId}-file-hint`}>
          PDF, Word, Excel, PowerPoint, CSV, text or an image, at most 5 MB. A public board’s files are public.
        </div>
        <input
          className="govuk-file-upload"
          id={`${formId}-file`}
          type="file"
          aria-describedby={`${formId}-file-hint`}
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.csv,.txt"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
          }}
        />
      </div>
    </FormSection>
  );
}

/** The meeting's agenda, minutes and decisions; a public board's are on the public site too. */
export function MeetingPapers(props: {
  meeting: MeetingPage;
  csrfToken: string | null;
  announce: (t: string) => void;
}) {
  const { meeting, csrfToken, announce } = props;
  return (
    <section aria-labelledby="papers-heading">
      <h2 className="govuk-heading-m" id="papers-heading">
        Papers
      </h2>
      <p className="govuk-body">
        {meeting.boardVisibility === 'public' ? (
          <>
            This board meets in public: these papers are also on the{' '}
            <a className="govuk-link" href={`/public/board-papers/${meeting.id}`}>
              public site
            </a>
            .
          </>
        ) : (
          'This board is internal: its papers are for signed-in people only.'
        )}
      </p>
      {meeting.papers.map((paper) => (
        <div key={paper.kind}>
          <h3 className="govuk-heading-s">{paper.label}</h3>
          <PaperText paper={paper} />
          {csrfToken === null ? null : (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Write the {paper.label.toLowerCase()}</span>
              </summary>
              <div className="govuk-details__text">
                <PaperForm
                  key={`${paper.updatedAt ?? ''}${paper.files.length}`}
                  meetingId={meeting.id}
                  paper={paper}
                  csrfToken={csrfToken}
                  announce={announce}
                />
              </div>
            </details>
          )}
        </div>
      ))}
    </section>
  );
}
