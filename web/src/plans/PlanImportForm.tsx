import { Link } from 'react-router';
import type { BodyOf } from '../shared/apiTypes.js';
import { base64Of } from '../shared/fileUpload.js';
import { FileImportForm } from '../shared/FileImportForm.js';

/** The request for the chosen spreadsheet. */
async function bodyOf([file]: File[]): Promise<BodyOf<'importPlanFile'> | string> {
  if (file === undefined) return 'Choose an .xlsx file to import.';
  return { fileName: file.name, format: 'xlsx', contentBase64: await base64Of(file) };
}

/** For the performance team: a plan from the spreadsheet they keep it in, as a new draft version. */
export function PlanImportForm() {
  return (
    <FileImportForm<'importPlanFile'>
      heading="Import a plan"
      intro={
        <>
          Fill in the{' '}
          <a className="govuk-link" href="/api/plan-template?format=xlsx">
            plan template (XLSX)
          </a>{' '}
          or export a plan and change it. Importing makes a new draft version; nothing is stored if any row has a
          problem.
        </>
      }
      inputId="plan-file"
      label="Plan spreadsheet (.xlsx)"
      accept=".xlsx"
      button="Import"
      path="/api/plans/import"
      refetch="plans"
      bodyOf={bodyOf}
      done={(imported) => (
        <>
          Imported {imported.key} version {imported.version} with {imported.milestones} milestones.{' '}
          <Link className="govuk-link" to={`/plans/${imported.id}`}>
            Review and publish it
          </Link>
        </>
      )}
    />
  );
}
