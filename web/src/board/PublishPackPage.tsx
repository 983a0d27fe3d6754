import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { PublicationConfirm, type PublicationSummary, type PublishedReportVersion } from '../publishing/index.js';
import type { BodyOf } from '../shared/apiTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { getJson, sendJson } from '../shared/client.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { packPath } from './boardQueries.js';

function usePackPublicationSummary(meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['pack-publication', meetingId],
    queryFn: () => getJson<PublicationSummary>(`/api/board/meetings/${encodeURIComponent(meetingId)}/pack-publication`),
    enabled,
  });
}

function PackPreviews({ meetingId }: { meetingId: number }) {
  return (
    <p className="govuk-body" id="pack-previews">
      Read it first:{' '}
      <a className="govuk-link" href={packPath(meetingId, 'html')} target="_blank" rel="noopener">
        the pack (HTML)<span className="govuk-visually-hidden">, opens in a new tab</span>
      </a>{' '}
      or{' '}
      <a className="govuk-link" href={packPath(meetingId, 'pdf')} download>
        the pack (PDF)
      </a>
    </p>
  );
}

/** /board/meetings/:meetingId/publish: the confirmation step before a board pack goes public. */
export function PublishPackPage() {
  const { meetingId = '' } = useParams();
  usePageTitle('Publish the board pack');
  const session = useSession();
  const role = session.data?.user?.role;
  const allowed = role === 'performance' || role === 'admin';
  const query = usePackPublicationSummary(meetingId, allowed);
  const csrfToken = session.data?.csrfToken ?? undefined;
  const meeting = Number(meetingId);
  const back = { to: `/board/meetings/${meetingId}`, label: 'Back to the meeting' };
  const publish = (expectedVersion: number, note: string) => {
    const body: BodyOf<'publishBoardPack'> = { meeting, expectedVersion, ...(note.trim() === '' ? {} : { note }) };
    return sendJson<PublishedReportVersion>('POST', '/api/reports/board-packs', body, csrfToken);
  };
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/board', label: 'Board' },
          { to: back.to, label: 'Meeting' },
        ]}
      />
      {session.data === undefined ? null : !allowed ? (
        <>
          <h1 className="govuk-heading-l">Publish the board pack</h1>
          <p className="govuk-body">Publishing board packs is for the performance team.</p>
        </>
      ) : (
        <QueryState {...query} what="what this pack would publish">
          {(summary) => (
            <PublicationConfirm
              summary={summary}
              what="pack"
              previews={<PackPreviews meetingId={meeting} />}
              back={back}
              publish={publish}
            />
          )}
        </QueryState>
      )}
    </>
  );
}
