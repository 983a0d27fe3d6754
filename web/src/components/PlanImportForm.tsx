import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { sendJson } from '../api/client.js';
import { base64Of } from '../api/fileUpload.js';
import { useSession } from '../api/queries.js';

interface Imported {
  id: number;
  key: string;
  version: number;
  milestones: number;
}

function ImportOutcome({ result }: { result: { imported?: Imported; problem?: string } | null }) {
  return (
    <>
      {result?.problem === undefined ? null : (
        <p className="govuk-error-message" role="alert">
          {result.problem}
        </p>
      )}
      {result?.imported === undefined ? null : (
        <p className="govuk-body" role="status">
          Imported {result.imported.key} version {result.imported.version} with {result.imported.milestones} milestones.{' '}
          <Link className="govuk-link" to={`/plans/${result.imported.id}`}>
            Review and publish it
          </Link>
        </p>
      )}
    </>
  );
}

/** For the performance team: a plan from the spreadsheet they keep it in, as a new draft version. */
export function PlanImportForm() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ imported?: Imported; problem?: string } | null>(null);
  const role = session.data?.user?.role;
  const csrfToken = session.data?.csrfToken;
  if ((role !== 'performance' && role !== 'admin') || csrfToken == null) return null;
  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file === null) {
      setResult({ problem: 'Choose an .xlsx file to import.' });
      return;
    }
    try {
      const body = { fileName: file.name, format: 'xlsx', contentBase64: await base64Of(file) };
      const imported = await sendJson<Imported>('POST', '/api/plans/import', body, csrfToken);
      setResult({ imported });
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
    } catch (error) {
      setResult({ problem: (error as Error).message });
    }
  };
  return (
    <form className="bl-update-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="import-heading">
      <h2 className="govuk-heading-m" id="import-heading">
        Import a plan
      </h2>
      <p className="govuk-body">
        Fill in the{' '}
        <a className="govuk-link" href="/api/plan-template?format=xlsx">
          plan template (XLSX)
        </a>{' '}
        or export a plan and change it. Importing makes a new draft version; nothing is stored if any row has a problem.
      </p>
      <ImportOutcome result={result} />
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="plan-file">
          Plan spreadsheet (.xlsx)
        </label>
        <input
          className="govuk-file-upload"
          id="plan-file"
          type="file"
          accept=".xlsx"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
          }}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Import
      </button>
    </form>
  );
}
