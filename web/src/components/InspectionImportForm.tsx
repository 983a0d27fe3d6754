import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { sendJson } from '../api/client.js';
import { base64Of } from '../api/fileUpload.js';
import { useSession } from '../api/queries.js';

interface Imported {
  key: string;
  pillars: number;
  components: number;
  findings: number;
}

type Outcome = { imported: Imported } | { problem: string } | null;

/** The request for what was chosen: one workbook, or the report's tables as CSV files. */
async function bodyOf(files: readonly File[]): Promise<object | string> {
  const [first] = files;
  if (first === undefined) return 'Choose the report workbook (.xlsx) or its CSV files.';
  if (files.length === 1 && first.name.toLowerCase().endsWith('.xlsx')) {
    return { format: 'xlsx', fileName: first.name, contentBase64: await base64Of(first) };
  }
  if (files.some((file) => !file.name.toLowerCase().endsWith('.csv'))) {
    return 'Choose one .xlsx workbook, or the CSV files of its tables (not both).';
  }
  return {
    format: 'csv',
    files: await Promise.all(files.map(async (file) => ({ fileName: file.name, contentBase64: await base64Of(file) }))),
  };
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  if (outcome === null) return null;
  if ('problem' in outcome) {
    return (
      <p className="govuk-error-message" role="alert">
        {outcome.problem}
      </p>
    );
  }
  const { imported } = outcome;
  return (
    <p className="govuk-body" role="status">
      Loaded {imported.key}: {imported.pillars} pillars, {imported.components} components and {imported.findings}{' '}
      findings.{' '}
      <Link className="govuk-link" to={`/inspections/${imported.key}`}>
        See the report
      </Link>
    </p>
  );
}

/** For the performance team: a new inspection report from the template workbook or its CSV files. */
export function InspectionImportForm() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const role = session.data?.user?.role;
  const csrfToken = session.data?.csrfToken;
  if ((role !== 'performance' && role !== 'admin') || csrfToken == null) return null;
  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = await bodyOf(files);
    if (typeof body === 'string') {
      setOutcome({ problem: body });
      return;
    }
    try {
      setOutcome({ imported: await sendJson<Imported>('POST', '/api/inspections/import', body, csrfToken) });
      await queryClient.invalidateQueries({ queryKey: ['inspections'] });
    } catch (error) {
      setOutcome({ problem: (error as Error).message });
    }
  };
  return (
    <form className="bl-update-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="import-heading">
      <h2 className="govuk-heading-m" id="import-heading">
        Load a report
      </h2>
      <p className="govuk-body">
        Fill in the{' '}
        <a className="govuk-link" href="/api/inspection-template">
          inspection template (XLSX)
        </a>{' '}
        with the report&apos;s grades and findings; its Read me sheet explains each column. Nothing is loaded if any row
        has a problem, and every problem is named by file, row and column.
      </p>
      <ImportOutcome outcome={outcome} />
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="inspection-files">
          Report workbook (.xlsx) or CSV files
        </label>
        <input
          className="govuk-file-upload"
          id="inspection-files"
          type="file"
          accept=".xlsx,.csv"
          multiple
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])]);
          }}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Load the report
      </button>
    </form>
  );
}
