import { Link } from 'react-router';

/**
 * For the performance team: board papers are internal until published. Publishing goes through a
 * confirmation step that shows what the pack would make public.
 */
export function PublishPackForm({ meetingId }: { meetingId: number }) {
  return (
    <section className="bl-response-form" aria-labelledby="publish-pack-heading">
      <h2 className="govuk-heading-m" id="publish-pack-heading">
        Publish this pack
      </h2>
      <p className="govuk-body">
        Board papers are internal until they are published. Publishing freezes the pack as it stands and makes it public
        on the published reports page; publishing it again is a correction, which needs a note saying what it corrects.
        You check what it would make public before anything goes out.
      </p>
      <Link className="govuk-button" to={`/board/meetings/${meetingId}/publish`} role="button" draggable="false">
        Check and publish the pack
      </Link>
    </section>
  );
}
