import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { ApiError, sendJson } from '../shared/client.js';
import type { MilestoneDetail, UpdateView } from './planTypes.js';
import { EvidenceForm } from './EvidenceForm.js';
import { StatusRadios } from './StatusRadios.js';

interface Draft {
  statusCode: string;
  narrative: string;
  figures: string;
  revisedDue: string;
  revisionReason: string;
}

function draftOf(update: UpdateView | undefined): Draft {
  return {
    statusCode: update?.status.code ?? '',
    narrative: update?.narrative ?? '',
    figures: update?.figures.join('\n') ?? '',
    revisedDue: update?.revisedDue ?? '',
    revisionReason: update?.revisionReason ?? '',
  };
}

function ErrorSummary({ message, conflict, onReload }: { message: string; conflict: boolean; onReload: () => void }) {
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">
          {conflict ? 'Someone else changed this update' : 'There is a problem'}
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{message}</p>
          {conflict ? (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={onReload}>
              Load their version (your text is kept below)
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function TextArea({
  id,
  label,
  hint,
  value,
  rows,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  rows: number;
  onChange: (v: string) => void;
}) {
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint === undefined ? null : (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <textarea
        className="govuk-textarea"
        id={id}
        rows={rows}
        value={value}
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </div>
  );
}

interface FieldsProps {
  detail: MilestoneDetail;
  draft: Draft;
  set: (key: keyof Draft) => (value: string) => void;
}

function UpdateFields({ detail, draft, set }: FieldsProps) {
  return (
    <>
      <StatusRadios statuses={detail.statuses} value={draft.statusCode} onChange={set('statusCode')} />
      <TextArea
        id="narrative"
        label="What happened this quarter"
        hint="Plain words for the public report: what was done, what is next."
        rows={5}
        value={draft.narrative}
        onChange={set('narrative')}
      />
      <TextArea
        id="figures"
        label="Figures (optional)"
        hint="One per line, for example: 1,975 chats handled"
        rows={3}
        value={draft.figures}
        onChange={set('figures')}
      />
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="revisedDue">
          New due date (only if it has to change)
        </label>
        <div className="govuk-hint" id="revisedDue-hint">
          For example: Quarter 4, 2018-19 or By Quarter 3, 2018-19
        </div>
        <input
          className="govuk-input govuk-input--width-20"
          id="revisedDue"
          aria-describedby="revisedDue-hint"
          value={draft.revisedDue}
          onChange={(e) => {
            set('revisedDue')(e.target.value);
          }}
        />
      </div>
      {draft.revisedDue.trim() === '' ? null : (
        <TextArea
          id="revisionReason"
          label="Why the due date changes"
          rows={2}
          value={draft.revisionReason}
          onChange={set('revisionReason')}
        />
      )}
    </>
  );
}

function useSave(detail: MilestoneDetail, quarter: string, csrfToken: string) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const refresh = async () => {
    for (const key of [['milestone'], ['milestones'], ['updates-due'], ['review-queue']])
      await queryClient.invalidateQueries({ queryKey: key });
  };
  const save = async (draft: Draft, version: number, submit: boolean) => {
    setProblem(null);
    try {
      const url = `/api/plans/${detail.plan.id}/milestones/${encodeURIComponent(detail.milestone.ref)}/updates/${encodeURIComponent(quarter)}`;
      const figures = draft.figures
        .split('\n')
        .map((f) => f.trim())
        .filter((f) => f !== '');
      const body: BodyOf<'saveMilestoneUpdate'> = {
        version,
        statusCode: draft.statusCode,
        narrative: draft.narrative,
        figures,
        ...(draft.revisedDue.trim() === ''
          ? {}
          : { revisedDue: draft.revisedDue, revisionReason: draft.revisionReason }),
      };
      const saved = await sendJson<UpdateView>('PUT', url, body, csrfToken);
      if (submit) {
        const submission: BodyOf<'submitMilestoneUpdate'> = { version: saved.version };
        await sendJson('POST', `/api/updates/${saved.id}/submit`, submission, csrfToken);
      }
      await refresh();
    } catch (error) {
      setProblem({ message: (error as Error).message, conflict: error instanceof ApiError && error.status === 409 });
    }
  };
  return { problem, save, reload: refresh };
}

/** The owner's form for the open quarter's update, saved at the version it was loaded at. */
export function UpdateForm({
  detail,
  quarter,
  csrfToken,
}: {
  detail: MilestoneDetail;
  quarter: string;
  csrfToken: string;
}) {
  const current = detail.updates.find((update) => update.quarter === quarter);
  const [draft, setDraft] = useState<Draft>(draftOf(current));
  const { problem, save, reload } = useSave(detail, quarter, csrfToken);
  const set = (key: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };
  if (current !== undefined && current.state !== 'draft' && current.state !== 'returned') {
    return (
      <p className="govuk-body">
        The {quarter} update is {current.state === 'published' ? 'published' : 'with the performance team'}; it can no
        longer be edited here.
      </p>
    );
  }
  const submit = (event: SyntheticEvent<HTMLFormElement>, andSubmit: boolean) => {
    event.preventDefault();
    void save(draft, current?.version ?? 0, andSubmit);
  };
  return (
    <div className="bl-update-form">
      {problem === null ? null : <ErrorSummary {...problem} onReload={() => void reload()} />}
      <form
        onSubmit={(e) => {
          submit(e, false);
        }}
        noValidate
      >
        <UpdateFields detail={detail} draft={draft} set={set} />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Save draft
          </button>
          <button type="button" className="govuk-button" onClick={() => void save(draft, current?.version ?? 0, true)}>
            Save and submit for review
          </button>
        </div>
      </form>
      {current === undefined ? null : <EvidenceForm updateId={current.id} csrfToken={csrfToken} />}
    </div>
  );
}
