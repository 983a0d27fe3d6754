import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { sendJson } from '../shared/client.js';

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    };
    reader.onerror = () => {
      reject(new Error('The file could not be read.'));
    };
    reader.readAsDataURL(file);
  });
}

interface Fields {
  title: string;
  url: string;
  file: File | null;
}

function EvidenceFields({ fields, onChange }: { fields: Fields; onChange: (fields: Fields) => void }) {
  return (
    <>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="evidence-title">
          Title
        </label>
        <input
          className="govuk-input govuk-input--width-30"
          id="evidence-title"
          value={fields.title}
          onChange={(e) => {
            onChange({ ...fields, title: e.target.value });
          }}
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="evidence-url">
          Web address
        </label>
        <div className="govuk-hint" id="evidence-url-hint">
          Or upload a file below instead
        </div>
        <input
          className="govuk-input"
          id="evidence-url"
          type="url"
          aria-describedby="evidence-url-hint"
          value={fields.url}
          onChange={(e) => {
            onChange({ ...fields, url: e.target.value });
          }}
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="evidence-file">
          File
        </label>
        <div className="govuk-hint" id="evidence-file-hint">
          PDF, image, Word, Excel, PowerPoint, CSV or text; at most 5 MB
        </div>
        <input
          className="govuk-file-upload"
          id="evidence-file"
          type="file"
          aria-describedby="evidence-file-hint"
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.csv,.txt"
          onChange={(e) => {
            onChange({ ...fields, file: e.target.files?.[0] ?? null });
          }}
        />
      </div>
    </>
  );
}

/**
 * Attach a link or a file (PDF, image, Office document, CSV or text, up to 5 MB) to a draft update.
 * `updateIdFor` gives the update to attach to, saving the draft first when there is none yet; null
 * when the draft could not be saved (the update form then shows why).
 */
export function EvidenceForm({
  updateIdFor,
  csrfToken,
  onAdded,
}: {
  updateIdFor: () => Promise<number | null>;
  csrfToken: string;
  onAdded: (title: string) => void;
}) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Fields>({ title: '', url: '', file: null });
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const { title, url, file } = fields;
      const body: BodyOf<'addUpdateEvidence'> =
        file === null
          ? { kind: 'link', title, url }
          : { kind: 'file', title, fileName: file.name, contentBase64: await base64Of(file) };
      const updateId = await updateIdFor();
      if (updateId === null) {
        setMessage('Evidence is kept with a saved draft: put right the problem above first.');
        return;
      }
      await sendJson('POST', `/api/updates/${updateId}/evidence`, body, csrfToken);
      setMessage(null);
      setFields({ title: '', url: '', file: null });
      onAdded(title);
      await queryClient.invalidateQueries({ queryKey: ['milestone'] });
    } catch (error) {
      setMessage((error as Error).message);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="evidence-heading">
      <h3 className="govuk-heading-s" id="evidence-heading">
        Add evidence
      </h3>
      <p className="govuk-body">
        A link or a file that shows the progress. Adding one before the first save saves the update as a draft.
      </p>
      {message === null ? null : (
        <p className="govuk-error-message" role="status">
          {message}
        </p>
      )}
      <EvidenceFields fields={fields} onChange={setFields} />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Add evidence
      </button>
    </form>
  );
}
