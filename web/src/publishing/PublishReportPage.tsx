import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { BodyOf } from '../shared/apiTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { getJson, sendJson } from '../shared/client.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { PublicationConfirm } from './PublicationConfirm.js';
import type { PublicationSummary } from './publicationTypes.js';
import { PreviewLinks } from './PublishReportForm.js';
import type { PublishedReportVersion } from './reportTypes.js';

const BACK = { to: '/reports', label: 'Back to published reports' };

function useReportPublicationSummary(plan: string, quarter: string, enabled: boolean) {
  return useQuery({
    queryKey: ['report-publication', plan, quarter],
    queryFn: () =>
      getJson<PublicationSummary>(
        `/api/report-publications/quarterly?${new URLSearchParams({ plan, quarter }).toString()}`,
      ),
    enabled,
  });
}

/** /reports/publish/:plan/:quarter: the confirmation step before a quarterly report goes public. */
export function PublishReportPage() {
  const { plan = '', quarter = '' } = useParams();
  usePageTitle(`Publish the ${quarter} report`);
  const session = useSession();
  const role = session.data?.user?.role;
  const allowed = role === 'performance' || role === 'admin';
  const query = useReportPublicationSummary(plan, quarter, allowed);
  const csrfToken = session.data?.csrfToken ?? undefined;
  const publish = (expectedVersion: number, note: string) => {
    const body: BodyOf<'publishQuarterlyReport'> = {
      plan,
      quarter,
      expectedVersion,
      ...(note.trim() === '' ? {} : { note }),
    };
    return sendJson<PublishedReportVersion>('POST', '/api/reports/quarterly', body, csrfToken);
  };
  return (
    <>
      <Breadcrumbs trail={[{ to: '/reports', label: 'Published reports' }]} />
      {session.data === undefined ? null : !allowed ? (
        <>
          <h1 className="govuk-heading-l">Publish a quarterly report</h1>
          <p className="govuk-body">Publishing reports is for the performance team.</p>
        </>
      ) : (
        <QueryState {...query} what="what this report would publish">
          {(summary) => (
            <PublicationConfirm
              summary={summary}
              what="report"
              previews={summary.refusal === null ? <PreviewLinks plan={plan} quarter={quarter} /> : null}
              back={BACK}
              publish={publish}
            />
          )}
        </QueryState>
      )}
    </>
  );
}
