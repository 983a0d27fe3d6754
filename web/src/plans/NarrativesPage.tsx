import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { ResponseOf } from '../shared/apiTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { ApiError, getJson, sendJson } from '../shared/client.js';
import { ErrorSummary, SuccessBanner, TextArea, type FormProblem } from '../shared/formParts.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { useVersionedEdit } from '../shared/useVersionedEdit.js';
import { UpdateStateTag } from './UpdateStateTag.js';

type Listing = ResponseOf<'listQuarterNarratives'>;
type Entry = Listing['parts'][number];
type Narrative = NonNullable<Entry['narrative']>;

/** Saving, sending and approving one part's narrative, with what happened or went wrong. */
function useNarrativeActions(planId: number, quarter: string, entry: Entry, id: string) {
  const { part, narrative } = entry;
  const held = useVersionedEdit({
    value: narrative?.narrative ?? '',
    version: narrative?.version ?? 0,
    state: narrative?.state ?? null,
  });
  const csrf = useSession().data?.csrfToken ?? '';
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const act = async (step: () => Promise<Narrative>, said: string) => {
    try {
      held.rebase(await step());
      setProblem(null);
      setDone(said);
      await queryClient.invalidateQueries({ queryKey: ['narratives', String(planId), quarter] });
    } catch (error) {
      setDone(null);
      setProblem({
        message: error instanceof ApiError ? error.message : 'The narrative could not be saved.',
        target: id,
      });
    }
  };
  const save = (submit: boolean) =>
    act(
      async () => {
        const url = `/api/plans/${planId}/quarters/${encodeURIComponent(quarter)}/narratives/${encodeURIComponent(part.ref)}`;
        const saved = await sendJson<Narrative>('PUT', url, { narrative: held.value, version: held.version }, csrf);
        held.rebase(saved);
        if (!submit) return saved;
        return sendJson<Narrative>('POST', `/api/narratives/${saved.id}/submit`, { version: saved.version }, csrf);
      },
      submit ? `${part.ref} sent for review.` : `${part.ref} saved as a draft.`,
    );
  const approve = (current: Narrative) =>
    act(
      () => sendJson<Narrative>('POST', `/api/narratives/${current.id}/approve`, { version: current.version }, csrf),
      `${part.ref} approved; it is published with ${quarter}.`,
    );
  return { text: held.value, write: held.change, save, approve, problem, done };
}

/** One chapter's or section's other progress: its words, where it stands, and the next step. */
function PartNarrative({ planId, quarter, entry }: { planId: number; quarter: string; entry: Entry }) {
  const { part, narrative } = entry;
  const id = `narrative-${part.ref.replace(/\W/g, '-')}`;
  const { text, write, save, approve, problem, done } = useNarrativeActions(planId, quarter, entry, id);
  const state = narrative?.state ?? null;
  const editable = state === null || state === 'draft' || state === 'returned';

  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`${id}-heading`}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {part.ref} {part.title} <UpdateStateTag state={state} />
      </h2>
      {done === null ? null : <SuccessBanner text={done} />}
      {problem === null ? null : <ErrorSummary problem={problem} />}
      {narrative?.reviewComment ? <p className="govuk-inset-text">Reviewer: {narrative.reviewComment}</p> : null}
      {editable ? (
        <>
          <TextArea
            id={id}
            label={`Other progress on ${part.ref} ${part.title} in ${quarter}`}
            hint="What the part achieved beyond its milestones. Leave a blank line between paragraphs."
            error={problem?.message}
            rows={6}
            value={text}
            onChange={write}
          />
          <div className="govuk-button-group">
            <button type="button" className="govuk-button" onClick={() => void save(true)}>
              Save and send for review
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void save(false)}>
              Save as draft
            </button>
          </div>
        </>
      ) : (
        <>
          {(narrative?.narrative ?? '').split('\n\n').map((paragraph) => (
            <p className="govuk-body" key={paragraph}>
              {paragraph}
            </p>
          ))}
          {narrative?.state === 'submitted' ? (
            <button type="button" className="govuk-button" onClick={() => void approve(narrative)}>
              Approve {part.ref}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

/** /plans/:planId/quarters/:quarter/narratives: the performance team writes and reviews each part's other progress. */
export function NarrativesPage() {
  const { planId = '', quarter = '' } = useParams();
  usePageTitle(`Other progress in ${quarter}`);
  const role = useSession().data?.user?.role;
  const allowed = role === 'performance' || role === 'admin';
  const query = useQuery({
    queryKey: ['narratives', planId, quarter],
    queryFn: () => getJson<Listing>(`/api/plans/${planId}/quarters/${encodeURIComponent(quarter)}/narratives`),
  });
  return (
    <>
      <Breadcrumbs trail={[{ to: `/plans/${planId}/milestones`, label: 'Milestone tracker' }]} />
      <QueryState {...query} what="the quarter's other progress">
        {(listing) => (
          <>
            <span className="govuk-caption-l">{listing.plan.title}</span>
            <h1 className="govuk-heading-l">Other progress in {listing.quarter}</h1>
            <p className="govuk-body">
              Each chapter and section can say what it achieved beyond its milestones. Narratives are reviewed like
              updates and published with the quarter, under their part of the progress report.
            </p>
            {!allowed ? <p className="govuk-body">Writing narratives is for the performance team.</p> : null}
            {listing.parts
              .filter((entry) => allowed || entry.narrative !== null)
              .map((entry) => (
                <PartNarrative
                  key={`${listing.plan.id}/${listing.quarter}/${entry.part.ref}`}
                  planId={listing.plan.id}
                  quarter={listing.quarter}
                  entry={entry}
                />
              ))}
          </>
        )}
      </QueryState>
    </>
  );
}
