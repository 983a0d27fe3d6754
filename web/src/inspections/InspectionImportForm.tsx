import { Link } from 'react-router';
import type { BodyOf } from '../shared/apiTypes.js';
import { base64Of } from '../shared/fileUpload.js';
import { FileImportForm } from '../shared/FileImportForm.js';

/** The request for what was chosen: one workbook, or the report's tables as CSV files. */
async function bodyOf(files: readonly File[]): Promise<BodyOf<'importInspectionFile'> | string> {
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

/** For the performance team: a new inspection report from the template workbook or its CSV files. */
export function InspectionImportForm() {
  return (
    <FileImportForm<'importInspectionFile'>
      heading="Load a report"
      intro={
        <>
          Fill in the{' '}
          <a className="govuk-link" href="/api/inspection-template">
            inspection template (XLSX)
          </a>{' '}
          with the report&apos;s grades and findings; its Read me sheet explains each column. Nothing is loaded if any
          row has a problem, and every problem is named by file, row and column.
        </>
      }
      inputId="inspection-files"
      label="Report workbook (.xlsx) or CSV files"
      accept=".xlsx,.csv"
      multiple
      button="Load the report"
      path="/api/inspections/import"
      refetch="inspections"
      bodyOf={bodyOf}
      done={(imported) => (
        <>
          Loaded {imported.key}: {imported.pillars} pillars, {imported.components} components and {imported.findings}{' '}
          findings.{' '}
          <Link className="govuk-link" to={`/inspections/${imported.key}`}>
            See the report
          </Link>
        </>
      )}
    />
  );
}
