import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { ApiError, sendJson } from '../shared/client.js';
import { ErrorSummary, type FormProblem } from '../shared/formParts.js';
import { firstMissing } from '../shared/useChange.js';
import { useErrorTitle } from '../shared/usePageTitle.js';
import { useVersionedEdit } from '../shared/useVersionedEdit.js';
import type { MilestoneDetail, UpdateView } from './planTypes.js';
import { EvidenceForm } from './EvidenceForm.js';
import { UpdateFields, draftOf, fieldIdOf, requiredFields, type Draft } from './UpdateFields.js';

/** Someone saved the update since this page read it: their version can be loaded, this text kept. */
function ConflictSummary({ message, onReload }: { message: string; onReload: () => void }) {
  useErrorTitle();
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">Someone else changed this update</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onReload}>
            Load their version (your text is kept below)
          </button>
        </div>
      </div>
    </div>
  );
}

/** The reviewer's comment on a returned update, above the form it asks to be changed. */
function ReturnedBanner({ update }: { update: UpdateView }) {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="returned-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="returned-title">
          Returned to you
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">The reviewer asks for changes before this update goes on.</p>
        <p className="govuk-body" id="returned-comment">
          {update.reviewComment ?? 'The reviewer left no comment.'}
        </p>
      </div>
    </div>
  );
}

function bodyOf(draft: Draft, version: number): BodyOf<'saveMilestoneUpdate'> {
  const figures = draft.figures
    .split('\n')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  return {
    version,
    statusCode: draft.statusCode,
    narrative: draft.narrative,
    figures,
    ...(draft.revisedDue.trim() === '' ? {} : { revisedDue: draft.revisedDue, revisionReason: draft.revisionReason }),
  };
}

type SaveProblem = { kind: 'field'; problem: FormProblem } | { kind: 'conflict'; message: string };

/** The form's draft of the update, held over the version it was written over (see useVersionedEdit). */
function useUpdateDraft(current: UpdateView | undefined) {
  const held = useVersionedEdit({
    value: draftOf(current),
    version: current?.version ?? 0,
    state: current?.state ?? null,
  });
  const set = (key: keyof Draft) => (value: string) => {
    held.change({ ...held.value, [key]: value });
  };
  return { draft: held.value, version: held.version, set, rebase: held.rebase };
}

function useSave(detail: MilestoneDetail, quarter: string, csrfToken: string) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const refresh = async () => {
    for (const key of [['milestone'], ['milestones'], ['updates-due'], ['review-queue'], ['my-work']])
      await queryClient.invalidateQueries({ queryKey: key });
  };
  /** The update as the server now holds it, fetched afresh; undefined if it has none. */
  const latest = async (): Promise<UpdateView | undefined> => {
    await refresh();
    setProblem(null);
    return queryClient
      .getQueriesData<MilestoneDetail>({ queryKey: ['milestone'], type: 'active' })
      .map(([, data]) => data)
      .find((data) => data?.plan.id === detail.plan.id && data.milestone.ref === detail.milestone.ref)
      ?.updates.find((update) => update.quarter === quarter);
  };
  /** Saves (and submits) the draft; the saved update, or null with the problem shown. */
  const save = async (
    draft: Draft,
    version: number,
    options: { submit: boolean; refresh: boolean; onSaved: (saved: UpdateView) => void },
  ) => {
    const missing = firstMissing(requiredFields(detail, draft));
    setProblem(missing === null ? null : { kind: 'field', problem: missing });
    if (missing !== null) return null;
    try {
      const url = `/api/plans/${detail.plan.id}/milestones/${encodeURIComponent(detail.milestone.ref)}/updates/${encodeURIComponent(quarter)}`;
      const saved = await sendJson<UpdateView>('PUT', url, bodyOf(draft, version), csrfToken);
      options.onSaved(saved);
      if (options.submit) {
        const submission: BodyOf<'submitMilestoneUpdate'> = { version: saved.version };
        await sendJson('POST', `/api/updates/${saved.id}/submit`, submission, csrfToken);
      }
      if (options.refresh) await refresh();
      return saved;
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof ApiError && error.status === 409) setProblem({ kind: 'conflict', message });
      else {
        const field = error instanceof ApiError ? error.field : null;
        setProblem({ kind: 'field', problem: { message, target: fieldIdOf(detail, field) } });
      }
      return null;
    }
  };
  return { problem, save, latest };
}

function SaveButtons({ onSubmitForReview }: { onSubmitForReview: () => void }) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button govuk-button--secondary">
        Save draft
      </button>
      <button type="button" className="govuk-button" onClick={onSubmitForReview}>
        Save and submit for review
      </button>
    </div>
  );
}

/** The owner's form for the open quarter's update, saved at the version its words were written over. */
export function UpdateForm({
  detail,
  quarter,
  csrfToken,
  onEvidenceAdded,
}: {
  detail: MilestoneDetail;
  quarter: string;
  csrfToken: string;
  onEvidenceAdded: (title: string) => void;
}) {
  const current = detail.updates.find((update) => update.quarter === quarter);
  const { draft, version, set, rebase } = useUpdateDraft(current);
  const { problem, save, latest } = useSave(detail, quarter, csrfToken);
  const saveAs = (options: { submit: boolean; refresh: boolean }) =>
    save(draft, version, { ...options, onSaved: rebase });
  const adoptLatest = async () => {
    const update = await latest();
    if (update !== undefined) rebase(update);
  };
  if (current !== undefined && current.state !== 'draft' && current.state !== 'returned') {
    return (
      <p className="govuk-body">
        The {quarter} update is {current.state === 'published' ? 'published' : 'with the performance team'}; it can no
        longer be edited here.
      </p>
    );
  }
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    void saveAs({ submit: false, refresh: true });
  };
  const fieldProblem = problem?.kind === 'field' ? problem.problem : null;
  // Evidence needs an update to hang on: before the first save, adding evidence saves the draft first.
  const updateIdForEvidence = async () => current?.id ?? (await saveAs({ submit: false, refresh: false }))?.id ?? null;
  return (
    <div className="bl-update-form">
      {current?.state === 'returned' ? <ReturnedBanner update={current} /> : null}
      {problem?.kind === 'conflict' ? (
        <ConflictSummary message={problem.message} onReload={() => void adoptLatest()} />
      ) : null}
      {fieldProblem === null ? null : <ErrorSummary problem={fieldProblem} />}
      <form onSubmit={submit} noValidate>
        <UpdateFields
          detail={detail}
          draft={draft}
          set={set}
          errorFor={(id) => (fieldProblem?.target === id ? fieldProblem.message : undefined)}
        />
        <SaveButtons onSubmitForReview={() => void saveAs({ submit: true, refresh: true })} />
      </form>
      <EvidenceForm updateIdFor={updateIdForEvidence} csrfToken={csrfToken} onAdded={onEvidenceAdded} />
    </div>
  );
}
