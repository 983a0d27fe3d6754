import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import type { BodyOf, OperationId, ResponseOf } from './apiTypes.js';
import { sendJson } from './client.js';
import { useSession } from './queries.js';

interface FileImportFormProps<Operation extends OperationId> {
  heading: string;
  /** What to fill in, and what importing does. */
  intro: ReactNode;
  inputId: string;
  label: string;
  accept: string;
  multiple?: boolean;
  button: string;
  path: string;
  /** The query the import adds to, refetched after it. */
  refetch: string;
  /** The request for the files chosen, or what is wrong with the choice. */
  bodyOf: (files: File[]) => Promise<BodyOf<Operation> | string>;
  /** What the reader is told once the API has taken the files. */
  done: (imported: ResponseOf<Operation>) => ReactNode;
}

type Outcome<T> = { imported: T } | { problem: string } | null;

/** For the performance team: files chosen on their computer, sent to one of the API's import routes. */
export function FileImportForm<Operation extends OperationId>(props: FileImportFormProps<Operation>) {
  const session = useSession();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<Outcome<ResponseOf<Operation>>>(null);
  const role = session.data?.user?.role;
  const csrfToken = session.data?.csrfToken;
  if ((role !== 'performance' && role !== 'admin') || csrfToken == null) return null;
  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = await props.bodyOf(files);
    if (typeof body === 'string') {
      setOutcome({ problem: body });
      return;
    }
    try {
      setOutcome({ imported: await sendJson<ResponseOf<Operation>>('POST', props.path, body, csrfToken) });
      await queryClient.invalidateQueries({ queryKey: [props.refetch] });
    } catch (error) {
      setOutcome({ problem: (error as Error).message });
    }
  };
  return (
    <form className="bl-update-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="import-heading">
      <h2 className="govuk-heading-m" id="import-heading">
        {props.heading}
      </h2>
      <p className="govuk-body">{props.intro}</p>
      {outcome === null ? null : 'problem' in outcome ? (
        <p className="govuk-error-message" role="alert">
          {outcome.problem}
        </p>
      ) : (
        <p className="govuk-body" role="status">
          {props.done(outcome.imported)}
        </p>
      )}
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={props.inputId}>
          {props.label}
        </label>
        <input
          className="govuk-file-upload"
          id={props.inputId}
          type="file"
          accept={props.accept}
          multiple={props.multiple}
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])]);
          }}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        {props.button}
      </button>
    </form>
  );
}
