import { publishedVersionPath, usePublishedReports } from './reportQueries.js';
import type { PublishedReport } from './reportTypes.js';
import { HeadedRow, Table } from '../shared/govuk.js';
import { PublishReportForm } from './PublishReportForm.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { formatDate } from '../shared/format.js';

function VersionCell({ report }: { report: PublishedReport }) {
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {report.versions.map((v) => (
        <li key={v.version}>
          <a className="govuk-link" href={publishedVersionPath(v.reportKey, v.version, 'html')}>
            Version {v.version}
          </a>{' '}
          (
          <a className="govuk-link" href={publishedVersionPath(v.reportKey, v.version, 'pdf')}>
            PDF<span className="govuk-visually-hidden"> of version {v.version}</span>
          </a>
          {v.kind === 'quarterly-progress' ? (
            <>
              ,{' '}
              <a className="govuk-link" href={publishedVersionPath(v.reportKey, v.version, 'docx')}>
                Word<span className="govuk-visually-hidden"> document of version {v.version}</span>
              </a>
            </>
          ) : null}
          ), published {formatDate(v.publishedAt.slice(0, 10))}
          {v.note === null ? null : <span className="bl-cell-note">Correction: {v.note}</span>}
        </li>
      ))}
    </ul>
  );
}

export function ReportsPage() {
  usePageTitle('Reports');
  const query = usePublishedReports();
  return (
    <>
      <h1 className="govuk-heading-l">Reports</h1>
      <p className="govuk-body">
        Quarterly progress reports and board packs as they were published. A published report never changes: a
        correction is a new version with a note, and every earlier version stays here as it was.
      </p>
      <QueryState {...query} what="the published reports">
        {(reports) =>
          reports.length === 0 ? (
            <p className="govuk-body">No report has been published yet.</p>
          ) : (
            <Table caption="Published reports" columns={['Report', 'Period', 'Versions']} id="published-reports">
              {reports.map((report) => (
                <HeadedRow key={report.reportKey} head={report.title}>
                  <td className="govuk-table__cell">{report.period}</td>
                  <td className="govuk-table__cell">
                    <VersionCell report={report} />
                  </td>
                </HeadedRow>
              ))}
            </Table>
          )
        }
      </QueryState>
      <PublishReportForm />
    </>
  );
}
